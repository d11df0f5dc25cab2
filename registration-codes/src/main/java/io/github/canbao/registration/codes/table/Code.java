package io.github.canbao.registration.codes.table;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One value of a code table: the code, its Chinese name and where it comes from.
 *
 * <pre>{@code
 * Code female = new Code("2", "女性", Provenance.SEED, "GB/T 2261.1-2003");
 * }</pre>
 *
 * @param code the code as written in a record, e.g. {@code "31"}; not empty, no whitespace
 * @param name the Chinese name, e.g. {@code 学生}; not empty
 * @param provenance whether the code is printed in a seed, inferred from one, or assigned by this
 *     project
 * @param source the seed file that prints it, or the reason it was inferred or assigned; may be
 *     empty
 * @since 0.1.0
 */
public record Code(String code, String name, Provenance provenance, String source) {

  /**
   * Checks the invariants.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code code} is empty or holds whitespace, or {@code name}
   *     is blank
   * @since 0.1.0
   */
  public Code {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(source, "source");
    checkArgument(isWellFormedCode(code), "code must be non-empty without whitespace: '%s'", code);
    checkArgument(!name.isBlank(), "name of code %s must not be blank", code);
  }

  /** Shared with the file reader so that a bad row is reported, not thrown, by the same rule. */
  static boolean isWellFormedCode(String code) {
    if (code.isEmpty()) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      if (Character.isWhitespace(code.charAt(i)) || Character.isSpaceChar(code.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
