package io.github.canbao.registration.batch.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, the period of the base-data report (按季度上报, 人社厅发〔2015〕41号 五), written
 * {@code 2026Q3}.
 *
 * @param year the year
 * @param quarter 1 to 4
 * @since 0.1.0
 */
public record Quarter(int year, int quarter) implements java.io.Serializable {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[Qq]([1-4])");

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code quarter} is not 1 to 4, or the year is not 1000 to 9999
   */
  public Quarter {
    if (quarter < 1 || quarter > 4 || year < 1000 || year > 9999) {
      throw new IllegalArgumentException("not a quarter: " + year + "Q" + quarter);
    }
  }

  /**
   * The quarter {@code quarter} of {@code year}.
   *
   * @since 0.1.0
   */
  public static Quarter of(int year, int quarter) {
    return new Quarter(year, quarter);
  }

  /**
   * {@code 2026Q3} (or {@code 2026q3}) as a quarter; empty for any other text.
   *
   * @since 0.1.0
   */
  public static Optional<Quarter> parse(CharSequence text) {
    Matcher m = TEXT.matcher(text.toString().strip());
    return m.matches() ? Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) : Optional.empty();
  }

  /** {@code 2026Q3}. */
  @Override
  public String toString() {
    return year + "Q" + quarter;
  }
}
