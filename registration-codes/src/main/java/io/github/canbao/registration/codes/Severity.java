package io.github.canbao.registration.codes;

/**
 * How much a {@link Violation} weighs: an error makes the value invalid, a warning does not.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The value is invalid. */
  ERROR,
  /** The value is accepted, but something about it could not be confirmed. */
  WARNING
}
