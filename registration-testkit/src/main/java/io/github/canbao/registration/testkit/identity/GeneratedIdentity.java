package io.github.canbao.registration.testkit.identity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated number together with what the generator put into it, so that a test can check what a
 * parser reads back.
 *
 * @param number the number as text
 * @param birthDate the birth date written into it (for a {@code BIRTH_DATE} defect: the valid date the
 *     defect replaced)
 * @param sex {@code "1"} male or {@code "2"} female (GB/T 2261.1)
 * @param division the six-digit address code
 * @param defect the defect put in, if any
 * @since 0.1.0
 */
public record GeneratedIdentity(
    String number, LocalDate birthDate, String sex, String division, Optional<IdentityDefect> defect) {

  /**
   * Checks that every part is present.
   *
   * @throws NullPointerException if any component is null
   */
  public GeneratedIdentity {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(defect, "defect");
  }

  /** Masked like every identity number in this library, even a generated one. */
  @Override
  public String toString() {
    return "GeneratedIdentity[" + io.github.canbao.registration.codes.identity.IdentityNumber.mask(number)
        + ", " + birthDate + ", sex " + sex + ", " + division + defect.map(d -> ", " + d).orElse("") + "]";
  }
}
