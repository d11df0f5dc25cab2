package io.github.canbao.registration.benchmarks.throughput;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.testkit.Gen;
import io.github.canbao.registration.testkit.facts.DerivationInputs;
import io.github.canbao.registration.testkit.person.People;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the input of the end-to-end throughput script ({@code benchmarks/cli-throughput.sh}): a
 * JSON Lines file of {@code N} records, seven in ten from {@code DerivationInputs} (every row of
 * every derivation rule) and three in ten whole {@code People} records, as of 2026-11-23, from a
 * fixed seed — the mix of the {@code demo} data set without its defects.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.canbao.registration.benchmarks.throughput.RecordFile 1000000 /tmp/1m.jsonl}</pre>
 */
public final class RecordFile {

  static final long SEED = 20_261_123L;
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private RecordFile() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: RecordFile RECORDS FILE");
      System.exit(2);
    }
    long records = Long.parseLong(args[0]);
    Path file = Path.of(args[1]);
    SplittableRandom random = new SplittableRandom(SEED);
    Gen<RegistrationRecord> inputs = DerivationInputs.records().asOf(AS_OF);
    Gen<RegistrationRecord> people = People.records().asOf(AS_OF);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        RecordWriter writer = RecordWriter.open(out, RecordFormat.JSON_LINES, StandardCharsets.UTF_8, Locale.CHINESE, List.of())) {
      for (long i = 0; i < records; i++) {
        writer.write((i % 10 < 7 ? inputs : people).next(random));
      }
    }
    System.err.printf("wrote %,d records to %s%n", records, file);
  }
}
