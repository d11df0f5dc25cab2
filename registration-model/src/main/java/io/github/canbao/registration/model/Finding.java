package io.github.canbao.registration.model;

import io.github.canbao.registration.codes.Mask;
import java.util.Objects;
import java.util.Optional;

/**
 * Something derivation found about a record that is not a validation error: a given value that
 * differs from the derived one ({@code DIFFERS}), a household registration that cannot be placed
 * ({@code HUKOU_UNKNOWN}), a person who falls in no enrolment category ({@code NOT_REGISTRABLE}).
 * Codes are API: new ones may be added, existing ones never renamed.
 *
 * <p>The comparison of extracts ({@code comparison-and-reports.md} §1) adds {@code INVALID_KEY},
 * {@code SAME_KEY_DIFFERENT_PERSON}, {@code CONFLICT} (here {@code derived} is the value kept and
 * {@code given} the other value), {@code DUPLICATE_ENROLMENT} and {@code DUPLICATE_BENEFIT}. A
 * conflict may hold a phone or identity number in {@code given} and {@code derived}: they are data
 * output, but {@link #toString()} masks them.
 *
 * @param code the finding code
 * @param field the record key it concerns, if one
 * @param given the value the record was given, for {@code DIFFERS}
 * @param derived the value derivation gave, for {@code DIFFERS}
 * @since 0.1.0
 */
public record Finding(String code, Optional<String> field, Optional<String> given, Optional<String> derived) {

  /**
   * Checks the code and fills absent values with empty ones.
   *
   * @throws NullPointerException if {@code code} is null
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    field = field == null ? Optional.empty() : field;
    given = given == null ? Optional.empty() : given;
    derived = derived == null ? Optional.empty() : derived;
  }

  /**
   * A finding with a code only.
   *
   * @since 0.1.0
   */
  public static Finding of(String code) {
    return new Finding(code, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * A finding with a code, the field it concerns, and the two values (see the class comment).
   *
   * @since 0.1.0
   */
  public static Finding of(String code, String field, String given, String derived) {
    return new Finding(code, Optional.ofNullable(field), Optional.ofNullable(given), Optional.ofNullable(derived));
  }

  /**
   * A {@code DIFFERS} finding: the record gave {@code given} where derivation gives {@code derived}.
   *
   * @since 0.1.0
   */
  public static Finding differs(String field, String given, String derived) {
    return new Finding("DIFFERS", Optional.of(field), Optional.of(given), Optional.of(derived));
  }

  /** The finding with any phone or identity number in its values masked. */
  @Override
  public String toString() {
    return "Finding[code=" + code + ", field=" + field.orElse("") + ", given=" + given.map(Mask::numbersIn).orElse("")
        + ", derived=" + derived.map(Mask::numbersIn).orElse("") + "]";
  }
}
