package io.github.canbao.registration.spark;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The tests' one Spark session, {@code local[2]} as the issue asks, shared by every test class of
 * the fork (starting Spark costs seconds). Small file partitions, so that a test file of a few
 * megabytes is still cut into several partitions and the per-partition code meets its boundaries.
 */
public final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("registration-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.sql.files.maxPartitionBytes", String.valueOf(8 * 1024 * 1024))
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  /** Records as the library's writer writes them, one JSON line each (the single-machine output). */
  public static List<String> lines(List<RegistrationRecord> records, boolean emptyViolations) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.open(out, RecordFormat.JSON_LINES, StandardCharsets.UTF_8, Locale.CHINESE, List.of())) {
      if (emptyViolations) {
        writer.withEmptyViolations();
      }
      for (RegistrationRecord record : records) {
        writer.write(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }
}
