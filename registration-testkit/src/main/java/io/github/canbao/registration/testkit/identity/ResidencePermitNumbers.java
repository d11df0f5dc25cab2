package io.github.canbao.registration.testkit.identity;

import io.github.canbao.registration.testkit.Gen;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Numbers of the residence permits of Hong Kong, Macao and Taiwan residents (港澳台居民居住证, 2018;
 * {@code identity.md}): 18 characters, address code {@code 810000}, {@code 820000} or {@code
 * 830000}, then a birth date, a sequence whose parity is the sex, and the GB 11643 check character.
 * Valid by default; each option returns a new generator.
 *
 * <pre>{@code
 * Gen<String> numbers = Identities.residencePermits().taiwan().bornBetween(1960, 1990).male().numbers();
 * Gen<GeneratedIdentity> broken = Identities.residencePermits().withDefect(IdentityDefect.CHECK_DIGIT);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ResidencePermitNumbers implements Gen<GeneratedIdentity> {

  /** The fixed address codes of the three kinds, in the order of {@code IdentityKind}. */
  private static final List<String> ALL_REGIONS = List.of("810000", "820000", "830000");

  private final List<String> regions;
  private final CitizenNumbers shape; // the birth dates, sex and defect; its address code is replaced per value

  ResidencePermitNumbers(List<String> regions, CitizenNumbers shape) {
    this.regions = regions;
    this.shape = shape;
  }

  static ResidencePermitNumbers all() {
    return new ResidencePermitNumbers(ALL_REGIONS, Identities.citizenNumbers());
  }

  /**
   * Permits of Hong Kong residents only ({@code 810000}).
   *
   * @return the generator
   * @since 0.1.0
   */
  public ResidencePermitNumbers hongKong() {
    return new ResidencePermitNumbers(List.of(ALL_REGIONS.get(0)), shape);
  }

  /**
   * Permits of Macao residents only ({@code 820000}).
   *
   * @return the generator
   * @since 0.1.0
   */
  public ResidencePermitNumbers macao() {
    return new ResidencePermitNumbers(List.of(ALL_REGIONS.get(1)), shape);
  }

  /**
   * Permits of Taiwan residents only ({@code 830000}).
   *
   * @return the generator
   * @since 0.1.0
   */
  public ResidencePermitNumbers taiwan() {
    return new ResidencePermitNumbers(List.of(ALL_REGIONS.get(2)), shape);
  }

  /**
   * Permits of people born in the years {@code fromYear} to {@code toYear}, both included.
   *
   * @param fromYear the first year
   * @param toYear the last year
   * @return the generator
   * @throws IllegalArgumentException if {@code fromYear} is after {@code toYear}
   * @since 0.1.0
   */
  public ResidencePermitNumbers bornBetween(int fromYear, int toYear) {
    return new ResidencePermitNumbers(regions, shape.bornBetween(fromYear, toYear));
  }

  /**
   * Permits of people born between the two dates, both included.
   *
   * @param from the first day
   * @param to the last day
   * @return the generator
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   * @since 0.1.0
   */
  public ResidencePermitNumbers bornBetween(LocalDate from, LocalDate to) {
    return new ResidencePermitNumbers(regions, shape.bornBetween(from, to));
  }

  /**
   * Permits of men (odd sequence number).
   *
   * @return the generator
   * @since 0.1.0
   */
  public ResidencePermitNumbers male() {
    return new ResidencePermitNumbers(regions, shape.male());
  }

  /**
   * Permits of women (even sequence number).
   *
   * @return the generator
   * @since 0.1.0
   */
  public ResidencePermitNumbers female() {
    return new ResidencePermitNumbers(regions, shape.female());
  }

  /**
   * Numbers with exactly this defect; the number stays recognisable as a permit, so the parser
   * reports {@link IdentityDefect#expectedCode()} and nothing else.
   *
   * @param defect the defect
   * @return the generator
   * @throws IllegalArgumentException for {@link IdentityDefect#PROVINCE}: the prefix {@code 81}–{@code
   *     83} is what makes a number a permit, so a permit cannot carry an unknown province
   * @since 0.1.0
   */
  public ResidencePermitNumbers withDefect(IdentityDefect defect) {
    Objects.requireNonNull(defect, "defect");
    if (defect == IdentityDefect.PROVINCE) {
      throw new IllegalArgumentException("a residence permit's prefix 81-83 is always a known province");
    }
    return new ResidencePermitNumbers(regions, shape.withDefect(defect));
  }

  /**
   * The numbers alone, as text.
   *
   * @return the generator
   * @since 0.1.0
   */
  public Gen<String> numbers() {
    return map(GeneratedIdentity::number);
  }

  @Override
  public GeneratedIdentity next(RandomGenerator random) {
    String region = regions.size() == 1 ? regions.get(0) : regions.get(random.nextInt(regions.size()));
    return shape.inDivision(region).next(random);
  }

  @Override
  public String toString() {
    return "ResidencePermitNumbers[" + regions + ", " + shape + "]";
  }
}
