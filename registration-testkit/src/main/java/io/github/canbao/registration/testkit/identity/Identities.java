package io.github.canbao.registration.testkit.identity;

import java.time.LocalDate;

/**
 * Entry point for generated social security numbers.
 *
 * <pre>{@code
 * Identities.citizenNumbers().bornBetween(1950, 1970).female().numbers();
 * Identities.citizenNumbers().fifteenDigit();
 * Identities.citizenNumbers().withDefect(IdentityDefect.BIRTH_DATE);
 * }</pre>
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
   */
  public static String withCheckCharacter(String first17) {
    if (!first17.matches("[0-9]{17}")) {
      throw new IllegalArgumentException("expected 17 digits, got " + first17.length() + " characters");
    }
    return first17 + CitizenNumbers.check(first17);
  }

  /** Valid 18-character citizen numbers of people born 1930–2020, either sex, any current county. */
  public static CitizenNumbers citizenNumbers() {
    return new CitizenNumbers(LocalDate.of(1930, 1, 1), LocalDate.of(2020, 12, 31), null, null, false, null);
  }
}
