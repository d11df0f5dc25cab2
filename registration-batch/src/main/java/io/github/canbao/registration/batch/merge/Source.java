package io.github.canbao.registration.batch.merge;

import java.util.Objects;

/**
 * An extract's origin in a comparison: one insurance business system, or the public-security
 * household list (信息比对, 人社厅发〔2015〕44号 第八–九条), with its priority. When sources disagree on
 * a field, the value of the highest priority wins; at equal priority, the most recent {@code
 * AAE036} ({@code comparison-and-reports.md} §1.3).
 *
 * @param name the source's name, as provenance records it (no tab, line break, {@code =} or {@code +})
 * @param priority a higher number wins; 0 by default
 * @since 0.1.0
 */
public record Source(String name, int priority) {

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is blank or holds a tab, a line break, {@code =}
   *     or {@code +} (they separate provenance entries and sorted runs)
   */
  public Source {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r' || c == '=' || c == '+')) {
      throw new IllegalArgumentException("a source name is not blank and holds no tab, line break, '=' or '+': '" + name + "'");
    }
  }

  /**
   * A source of priority {@code priority}.
   *
   * @since 0.1.0
   */
  public static Source of(String name, int priority) {
    return new Source(name, priority);
  }

  /**
   * A source of the default priority, 0.
   *
   * @since 0.1.0
   */
  public static Source of(String name) {
    return new Source(name, 0);
  }
}
