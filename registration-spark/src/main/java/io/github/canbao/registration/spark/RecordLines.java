package io.github.canbao.registration.spark;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * Records as a Dataset of JSON lines ({@code record-format.md}), as derivation or validation gave
 * them, with the input lines that held no record. The Dataset is lazy: the counts are known once an
 * action (a write, a count) has run it, and count every time it runs.
 *
 * <pre>{@code
 * RecordLines derived = rules.derive(lines, DeriveOptions.asOf(LocalDate.of(2026, 11, 23)));
 * DatasetFormat.JSON_LINES.write(derived.records(), "hdfs:///registration/2026q4/derived");
 * derived.unreadableLines();       // 3
 * derived.unreadableReasons();     // [partition 7, line 120: broken JSON: …]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RecordLines {

  private final Dataset<String> records;
  private final LongAccumulator unreadable;
  private final CollectionAccumulator<String> reasons;

  private RecordLines(Dataset<String> records, LongAccumulator unreadable, CollectionAccumulator<String> reasons) {
    this.records = Objects.requireNonNull(records, "records");
    this.unreadable = Objects.requireNonNull(unreadable, "unreadable");
    this.reasons = Objects.requireNonNull(reasons, "reasons");
  }

  /**
   * Records with the accumulators that count the unreadable input lines and keep their reasons;
   * for the operations of this library (derive, validate, merge), which fill them.
   *
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static RecordLines of(Dataset<String> records, LongAccumulator unreadable, CollectionAccumulator<String> reasons) {
    return new RecordLines(records, unreadable, reasons);
  }

  /**
   * The records, one JSON object a row, in the order of the input within each partition.
   *
   * @since 0.1.0
   */
  public Dataset<String> records() {
    return records;
  }

  /**
   * The input lines that held no record, counted by the actions run so far.
   *
   * @since 0.1.0
   */
  public long unreadableLines() {
    return unreadable.sum();
  }

  /**
   * The reasons of the first few unreadable lines of each partition, as {@code partition P, line N:
   * reason} (the line within the partition); never a whole identity or phone number.
   *
   * @since 0.1.0
   */
  public List<String> unreadableReasons() {
    return List.copyOf(reasons.value());
  }
}
