package io.github.canbao.registration.model.validation;

import io.github.canbao.registration.codes.Violation;
import java.util.Locale;
import java.util.Objects;

/**
 * Resolves a {@link Violation}'s message for a locale (Chinese by default, English on request).
 * Messages name the indicator code and never show a whole identity or phone number.
 *
 * <p>PLACEHOLDER until the validation work lands: the format is the code and the indicator.
 *
 * @since 0.1.0
 */
public final class ViolationMessages {

  private final Locale locale;

  private ViolationMessages(Locale locale) {
    this.locale = locale;
  }

  /** Messages in {@code locale} ({@code zh} or {@code en}; any other falls back to Chinese). */
  public static ViolationMessages of(Locale locale) {
    return new ViolationMessages(Objects.requireNonNull(locale, "locale"));
  }

  /** The locale. */
  public Locale locale() {
    return locale;
  }

  /** The message of {@code violation}. */
  public String format(Violation violation) {
    return violation.indicator() + " " + violation.code();
  }
}
