package io.github.canbao.registration.testkit.assertions;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.validation.ViolationMessages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Assertions on {@link Violation}s that hold for every validator built on this library, written
 * without an assertion library so that any test framework can call them; each throws an {@link
 * AssertionError} that says what it expected.
 *
 * <pre>{@code
 * List<Violation> found = validator.validate(record);
 * Violations.assertHasCodeAt(found, "ID_CHECK_DIGIT", "aac002");
 * Violations.assertEachNamesIndicator(found, Locale.CHINESE, Locale.ENGLISH);   // style.md 7, identity.md
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Violations {

  private Violations() {}

  /**
   * Fails unless the violation concerns {@code indicator} and its message names it in each locale
   * ({@code identity.md}: "each failure a distinct code with a message naming the indicator").
   *
   * @param violation the violation
   * @param indicator the indicator code, e.g. {@code AAC002}
   * @param locales the locales whose messages to check; none: Chinese and English
   * @throws AssertionError if the violation concerns another indicator or a message omits it
   * @since 0.1.0
   */
  public static void assertNamesIndicator(Violation violation, String indicator, Locale... locales) {
    Objects.requireNonNull(violation, "violation");
    Objects.requireNonNull(indicator, "indicator");
    if (!violation.indicator().equals(indicator)) {
      throw new AssertionError("expected a violation of " + indicator + ", got " + violation);
    }
    assertMessageNamesIndicator(violation, locales);
  }

  /**
   * Fails unless every violation's message names its own indicator, in each locale; the messages
   * are also checked for whole identity and phone numbers ({@link UnmaskedNumber#assertNoneIn}).
   *
   * @param violations the violations
   * @param locales the locales whose messages to check; none: Chinese and English
   * @throws AssertionError for the first message that omits its indicator or shows a whole number
   * @since 0.1.0
   */
  public static void assertEachNamesIndicator(List<Violation> violations, Locale... locales) {
    Objects.requireNonNull(violations, "violations");
    for (Violation v : violations) {
      assertMessageNamesIndicator(v, locales);
    }
  }

  /**
   * Fails unless one of the violations has this code.
   *
   * @param violations the violations
   * @param code the code, e.g. {@code REQUIRED}
   * @throws AssertionError listing the codes found
   * @since 0.1.0
   */
  public static void assertHasCode(List<Violation> violations, String code) {
    Objects.requireNonNull(code, "code");
    if (violations.stream().noneMatch(v -> v.code().equals(code))) {
      throw new AssertionError("expected a violation " + code + ", got " + codes(violations));
    }
  }

  /**
   * Fails unless one of the violations has this code at this field path.
   *
   * @param violations the violations
   * @param code the code, e.g. {@code REQUIRED}
   * @param field the field path, e.g. {@code unit.aab004}
   * @throws AssertionError listing the codes and fields found
   * @since 0.1.0
   */
  public static void assertHasCodeAt(List<Violation> violations, String code, String field) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    if (violations.stream().noneMatch(v -> v.code().equals(code) && v.field().equals(field))) {
      throw new AssertionError("expected a violation " + code + " at " + field + ", got " + codes(violations));
    }
  }

  /**
   * Fails if any violation is an error; warnings are allowed.
   *
   * @param violations the violations
   * @throws AssertionError listing the errors
   * @since 0.1.0
   */
  public static void assertNoErrors(List<Violation> violations) {
    List<Violation> errors = violations.stream().filter(Violation::isError).toList();
    if (!errors.isEmpty()) {
      throw new AssertionError("expected no error, got " + codes(errors));
    }
  }

  private static void assertMessageNamesIndicator(Violation violation, Locale... locales) {
    List<Locale> checked = locales.length == 0 ? List.of(Locale.CHINESE, Locale.ENGLISH) : List.of(locales);
    for (Locale locale : checked) {
      String message = ViolationMessages.of(locale).format(violation);
      if (!message.contains(violation.indicator())) {
        throw new AssertionError("expected the " + locale + " message of " + violation.code() + " to name "
            + violation.indicator() + ": " + message);
      }
      UnmaskedNumber.assertNoneIn(message);
    }
  }

  /** Code@field pairs: a violation's arguments are already masked, but a failure needs no more. */
  private static List<String> codes(List<Violation> violations) {
    return violations.stream().map(v -> v.code() + "@" + v.field()).toList();
  }
}
