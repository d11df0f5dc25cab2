package io.github.canbao.registration.testkit.person;

/**
 * Entry point for generated people: whole registration records (全民参保登记), complete and
 * consistent for their enrolment category by default, with one defect on request.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(42);
 * RegistrationRecord record = People.records().category(2).bornBetween(1950, 1970).female().next(random);
 *
 * GeneratedRecord broken =
 *     People.records().withDefect(RecordDefect.MISSING_REQUIRED).described().next(random);
 * broken.expectedCode();    // Optional[REQUIRED]
 * broken.expectedField();   // the path that was removed, e.g. Optional[unit.aab004]
 *
 * qt().forAll(Gens.of(People.records().category(1))).checkAssert(r -> ...);   // QuickTheories
 * }</pre>
 *
 * @since 0.1.0
 */
public final class People {

  private People() {}

  /**
   * Registration records of any of the three Guangdong categories, people born 1930 to the as-of
   * date (2026-11-23), either sex, registered in Guangdong; see {@link RegistrationRecords} for what
   * each record holds and for the options.
   *
   * @return the generator
   * @since 0.1.0
   */
  public static RegistrationRecords records() {
    return RegistrationRecords.DEFAULT;
  }
}
