package io.github.canbao.registration.codes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading untrusted text: a {@link Valid} value, possibly with warnings, or an
 * {@link Invalid} one with its errors. Bad input is a value, never an exception.
 *
 * <pre>{@code
 * ParseResult<IdentityNumber> result = IdentityNumber.parse(text);
 * result.toOptional().ifPresent(number -> store(number));
 * if (result instanceof ParseResult.Invalid<IdentityNumber> invalid) {
 *   invalid.errors().forEach(v -> log.debug("{}", v.code()));
 * }
 * }</pre>
 *
 * @param <T> the type of the value read
 * @since 0.1.0
 */
public sealed interface ParseResult<T> {

  /**
   * Whether the text was read into a value.
   *
   * @since 0.1.0
   */
  boolean isValid();

  /**
   * The value, when the text was valid.
   *
   * @since 0.1.0
   */
  Optional<T> toOptional();

  /**
   * The errors; empty when valid.
   *
   * @since 0.1.0
   */
  List<Violation> errors();

  /**
   * The warnings: problems that do not make the value invalid.
   *
   * @since 0.1.0
   */
  List<Violation> warnings();

  /**
   * A valid result.
   *
   * @since 0.1.0
   */
  static <T> ParseResult<T> valid(T value, List<Violation> warnings) {
    return new Valid<>(value, warnings);
  }

  /**
   * An invalid result; {@code errors} must not be empty.
   *
   * @since 0.1.0
   */
  static <T> ParseResult<T> invalid(List<Violation> errors, List<Violation> warnings) {
    return new Invalid<>(errors, warnings);
  }

  /**
   * A value read from the text.
   *
   * @param value the value
   * @param warnings problems that did not make it invalid
   * @since 0.1.0
   */
  record Valid<T>(T value, List<Violation> warnings) implements ParseResult<T> {
    /**
     * Checks the value and copies the warnings.
     *
     * @throws NullPointerException if {@code value} or {@code warnings} is null, or {@code warnings}
     *     holds null
     */
    public Valid {
      Objects.requireNonNull(value, "value");
      warnings = List.copyOf(warnings);
    }

    @Override
    public boolean isValid() {
      return true;
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.of(value);
    }

    @Override
    public List<Violation> errors() {
      return List.of();
    }
  }

  /**
   * Text that could not be read into a value.
   *
   * @param errors why, never empty
   * @param warnings problems found besides the errors
   * @since 0.1.0
   */
  record Invalid<T>(List<Violation> errors, List<Violation> warnings) implements ParseResult<T> {
    /**
     * Copies the lists and checks that there is an error.
     *
     * @throws NullPointerException if a list is or holds null
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public Invalid {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("an invalid result needs at least one error");
      }
    }

    @Override
    public boolean isValid() {
      return false;
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.empty();
    }
  }
}
