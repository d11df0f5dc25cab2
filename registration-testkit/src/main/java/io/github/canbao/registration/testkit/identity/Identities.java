package io.github.canbao.registration.testkit.identity;

import java.time.LocalDate;

/**
 * Entry point for generated social security numbers.
 *
 * <pre>{@code
 * Identities.citizenNumbers().bornBetween(1950, 1970).female().numbers();
 * Identities.citizenNumbers().fifteenDigit();
 * Identities.citizenNumbers().withDefect(IdentityDefect.BIRTH_DATE);
 * Identities.citizenNumbers().inProvince("44").numbers();
 * Identities.residencePermits().hongKong();
 * Identities.foreignPermanentResidents().form2004();
 * }</pre>
 *
 * <p>Every generator is valid by default, and each {@link IdentityDefect} is opt-in and names the
 * violation code {@code IdentityParser} must report for it.
 *
 * @since 0.1.0
 */
public final class Identities {

  private Identities() {}

  /**
   * Completes 17 digits with their GB 11643-1999 check character, for hand-made cases ({@code
   * withCheckCharacter("11010519491231002")} is {@code "11010519491231002X"}). Computed here, not
   * by the library under test, so that tests built on it check the library independently.
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 ASCII digits
   * @since 0.1.0
   */
  public static String withCheckCharacter(String first17) {
    if (!first17.matches("[0-9]{17}")) {
      throw new IllegalArgumentException("expected 17 digits, got " + first17.length() + " characters");
    }
    return first17 + CitizenNumbers.check(first17);
  }

  /**
   * Valid 18-character citizen numbers of people born 1930–2020, either sex, any current county.
   *
   * @return the generator
   * @since 0.1.0
   */
  public static CitizenNumbers citizenNumbers() {
    return new CitizenNumbers(LocalDate.of(1930, 1, 1), LocalDate.of(2020, 12, 31), null, null, false, null);
  }

  /**
   * Valid numbers of the residence permits of Hong Kong, Macao and Taiwan residents (address code
   * 810000, 820000 or 830000), people born 1930–2020, either sex.
   *
   * @return the generator
   * @since 0.1.0
   */
  public static ResidencePermitNumbers residencePermits() {
    return ResidencePermitNumbers.all();
  }

  /**
   * Valid numbers of foreigners' permanent residence ID cards, 2023 form ({@link
   * ForeignPermanentResidenceNumbers#form2004()} for the old one), holders born 1930–2020.
   *
   * @return the generator
   * @since 0.1.0
   */
  public static ForeignPermanentResidenceNumbers foreignPermanentResidents() {
    return ForeignPermanentResidenceNumbers.all();
  }
}
