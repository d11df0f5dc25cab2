package io.github.canbao.registration.spark.merge;

import io.github.canbao.registration.batch.merge.Source;
import java.util.Objects;
import org.apache.spark.sql.Dataset;

/**
 * One extract to merge on Spark: its source (name and priority, as {@link Source}) and its records
 * as JSON lines.
 *
 * @param source the source; a higher priority wins a disagreement ({@code comparison-and-reports.md} §1.3)
 * @param lines the records, one JSON object a row
 * @since 0.1.0
 */
public record SourceLines(Source source, Dataset<String> lines) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @since 0.1.0
   */
  public SourceLines {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(lines, "lines");
  }

  /**
   * The extract {@code lines} of the source {@code name} with {@code priority}.
   *
   * @throws IllegalArgumentException if the name is not a valid source name
   * @since 0.1.0
   */
  public static SourceLines of(String name, int priority, Dataset<String> lines) {
    return new SourceLines(Source.of(name, priority), lines);
  }
}
