package io.github.canbao.registration.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * How records are stored for a Spark job. Either way a record is one JSON object in the library's
 * own mapping ({@code record-format.md}), so unknown keys, codes kept as given and violations
 * survive exactly as they do on one machine; Parquet adds compression and splitting, not a second
 * schema to keep in step with the model.
 *
 * @since 0.1.0
 */
public enum DatasetFormat {

  /** JSON Lines text: one record a line; Spark writes a folder of part files. */
  JSON_LINES("jsonl"),

  /** Parquet with one string column {@value #JSON_COLUMN}, one record a row. */
  PARQUET("parquet");

  /**
   * The Parquet column that holds a record's JSON.
   *
   * @since 0.1.0
   */
  public static final String JSON_COLUMN = "json";

  private final String key;

  DatasetFormat(String key) {
    this.key = key;
  }

  /**
   * The name on the command line: {@code jsonl} or {@code parquet}.
   *
   * @since 0.1.0
   */
  public String key() {
    return key;
  }

  /**
   * The lines stored at {@code path} (a file, a folder or a glob Spark understands).
   *
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public Dataset<String> read(SparkSession spark, String path) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(path, "path");
    return switch (this) {
      case JSON_LINES -> spark.read().textFile(path);
      case PARQUET -> spark.read().parquet(path).select(JSON_COLUMN).as(Encoders.STRING());
    };
  }

  /**
   * Writes {@code lines} to the folder {@code path}, which must not exist yet (a quarter's output is
   * never overwritten by accident).
   *
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public void write(Dataset<String> lines, String path) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(path, "path");
    switch (this) {
      case JSON_LINES -> lines.write().mode(SaveMode.ErrorIfExists).text(path);
      case PARQUET -> lines.toDF(JSON_COLUMN).write().mode(SaveMode.ErrorIfExists).parquet(path);
    }
  }
}
