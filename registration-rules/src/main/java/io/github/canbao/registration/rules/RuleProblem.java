package io.github.canbao.registration.rules;

import java.util.Objects;

/**
 * A problem that keeps a locality from loading: a DRL compile error, a bad parameter, a malformed
 * code-table file — with the file and line a rule author opens to fix it.
 *
 * @param file the file, as the author knows it (a path on disk, or {@code classpath:…} for a bundled
 *     locality)
 * @param line the 1-based line, or 0 when the problem has no line
 * @param message what is wrong
 * @since 0.1.0
 */
public record RuleProblem(String file, int line, String message) {

  /**
   * Checks the file and the message.
   *
   * @throws NullPointerException if {@code file} or {@code message} is null
   */
  public RuleProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line: message}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
