package io.github.canbao.registration.model;

import java.util.Objects;

/**
 * Why a derived field has its value: the rule that set it and the facts it read, e.g. {@code
 * 无单位类型=2 by rule "no-unit: student by age 6-15 at 31 Aug" (age at 2026-08-31 = 9)}. Vendors
 * store it for audit; rule authors debug with it ({@code derivation.md}, Explanation).
 *
 * @param field the record key of the derived field, e.g. {@code noUnitType}
 * @param value the value it has
 * @param rule the name of the rule that set it
 * @param because the facts the rule read, in words
 * @since 0.1.0
 */
public record Explanation(String field, String value, String rule, String because) {

  /**
   * Checks that every part is present.
   *
   * @throws NullPointerException if any component is null
   */
  public Explanation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(because, "because");
  }

  /**
   * The explanation in one line, as a rule author reads it.
   *
   * @since 0.1.0
   */
  public String describe() {
    return field + "=" + value + " by rule \"" + rule + "\" (" + because + ")";
  }
}
