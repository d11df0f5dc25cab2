package io.github.canbao.registration.testkit.identity;

/**
 * A defect a generator can put into an otherwise valid citizen number, named by the violation code
 * it must produce — and only that one: the other parts stay valid (the check character is recomputed
 * where it is not the defect).
 *
 * @since 0.1.0
 */
public enum IdentityDefect {
  /** One character added or removed. */
  LENGTH("ID_LENGTH"),
  /** A letter where a digit belongs. */
  CHARSET("ID_CHARSET"),
  /** An impossible date: month 13, day 0, 30 February or 29 February of a common year. */
  BIRTH_DATE("ID_BIRTH_DATE"),
  /** A birth date in 2090–2099: after any as-of date before 2090. 18-character numbers only. */
  FUTURE_BIRTH("ID_BIRTH_DATE"),
  /** A first two digits that are no province. */
  PROVINCE("ID_PROVINCE"),
  /** A wrong check character. 18-character numbers only. */
  CHECK_DIGIT("ID_CHECK_DIGIT");

  private final String expectedCode;

  IdentityDefect(String expectedCode) {
    this.expectedCode = expectedCode;
  }

  /**
   * The violation code validation must report for this defect.
   *
   * @since 0.1.0
   */
  public String expectedCode() {
    return expectedCode;
  }

  /**
   * The defects that make a parser report {@code code}, e.g. {@code BIRTH_DATE} and {@code
   * FUTURE_BIRTH} for {@code ID_BIRTH_DATE}.
   *
   * @param code an {@code IdentityProblem} error code
   * @return the defects, in declaration order; empty for a code no defect produces
   * @since 0.1.0
   */
  public static java.util.List<IdentityDefect> producing(String code) {
    java.util.Objects.requireNonNull(code, "code");
    return java.util.Arrays.stream(values()).filter(d -> d.expectedCode.equals(code)).toList();
  }
}
