package io.github.canbao.registration.codes;

import java.util.Map;
import java.util.Objects;

/**
 * One problem found in a value: which indicator and field it concerns, a stable code, and the
 * arguments a message template may use. The message itself is resolved later, for a locale, so
 * that the same violation reads in Chinese or English.
 *
 * <p>Codes are {@code SCREAMING_SNAKE} and are API: new codes may be added, existing ones are never
 * renamed. Arguments are already safe to show: an identity or phone number in them is masked.
 *
 * @param code the stable violation code, e.g. {@code ID_CHECK_DIGIT}
 * @param indicator the national indicator code, e.g. {@code AAC002}; for a field the national
 *     tables do not code, the record key (e.g. {@code phone})
 * @param field the path of the field in the record, e.g. {@code aac002} or {@code guardian.aac002}
 * @param severity whether the problem makes the value invalid
 * @param arguments message arguments, never holding an unmasked identity or phone number
 * @since 0.1.0
 */
public record Violation(
    String code, String indicator, String field, Severity severity, Map<String, String> arguments) {

  /**
   * Checks that every part is present and copies the arguments.
   *
   * @throws NullPointerException if a component is null, or {@code arguments} holds a null key or
   *     value
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(severity, "severity");
    arguments = Map.copyOf(arguments);
  }

  /**
   * An error without arguments.
   *
   * @since 0.1.0
   */
  public static Violation error(String code, String indicator, String field) {
    return new Violation(code, indicator, field, Severity.ERROR, Map.of());
  }

  /**
   * A warning without arguments.
   *
   * @since 0.1.0
   */
  public static Violation warning(String code, String indicator, String field) {
    return new Violation(code, indicator, field, Severity.WARNING, Map.of());
  }

  /**
   * The same violation, reported against another indicator and field (e.g. a guardian's number).
   *
   * @since 0.1.0
   */
  public Violation at(String indicator, String field) {
    return new Violation(code, indicator, field, severity, arguments);
  }

  /**
   * The same violation with one more message argument.
   *
   * @since 0.1.0
   */
  public Violation withArgument(String name, String value) {
    var copy = new java.util.LinkedHashMap<>(arguments);
    copy.put(name, value);
    return new Violation(code, indicator, field, severity, copy);
  }

  /**
   * The same violation at another severity (strict modes turn warnings into errors).
   *
   * @since 0.1.0
   */
  public Violation withSeverity(Severity newSeverity) {
    return new Violation(code, indicator, field, newSeverity, arguments);
  }

  /**
   * Whether this violation is an {@link Severity#ERROR}.
   *
   * @since 0.1.0
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
