package io.github.canbao.registration.batch.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the base-data report: a city (城市 1 … n) or the total (合计).
 *
 * @param city the city's division code, or {@value #TOTAL} for the total row
 * @param name the city's name
 * @param columns the 17 columns, column {@code k} at index {@code k − 1}
 * @param coverage the coverage rate (参保率) per insurance key ({@code pension} …), a fraction of 1;
 *     absent when no one in the row falls under the insurance
 * @since 0.1.0
 */
public record ReportRow(String city, String name, List<Long> columns, Map<String, Optional<Double>> coverage) {

  /**
   * The city of the total row.
   *
   * @since 0.1.0
   */
  public static final String TOTAL = "合计";

  /**
   * Columns in the report.
   *
   * @since 0.1.0
   */
  public static final int COLUMNS = 17;

  /**
   * Checks the city, the name and the number of columns, and copies the columns and the coverage.
   *
   * @throws NullPointerException if a component is null, or {@code columns} or {@code coverage}
   *     holds null
   * @throws IllegalArgumentException if {@code columns} does not hold {@value #COLUMNS} values
   */
  public ReportRow {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    if (columns.size() != COLUMNS) {
      throw new IllegalArgumentException("a row has " + COLUMNS + " columns, not " + columns.size());
    }
    coverage = Map.copyOf(coverage);
  }

  /**
   * Column {@code k} (1 to 17).
   *
   * @since 0.1.0
   */
  public long column(int k) {
    return columns.get(k - 1);
  }

  /**
   * Whether this is the total row.
   *
   * @since 0.1.0
   */
  public boolean isTotal() {
    return city.equals(TOTAL);
  }
}
