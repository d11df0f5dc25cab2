package io.github.canbao.registration.spark.benchmark;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.testkit.person.People;
import io.github.canbao.registration.testkit.person.RegistrationRecords;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the benchmark's three extracts (benchmarks/spark-throughput.sh): {@code N} records in all
 * from {@code 0.6 N} generated people, seed 20261123. 公安 (priority 2) has the first two thirds of the
 * people; 医保 (priority 1) the last two thirds, every 5th with another address (a conflict) and every
 * 97th with another name (same key, different person); 养老 (priority 0) every third person. So a
 * third of the people are in one extract, the rest in two or three.
 *
 * <p>Run with the module's test classpath: {@code java -cp … ThreeSources OUT_DIR N}.
 */
public final class ThreeSources {

  private ThreeSources() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    long total = Long.parseLong(args[1].replace("_", ""));
    long people = total * 3 / 5;
    RegistrationRecords gen = People.records();
    SplittableRandom random = new SplittableRandom(20261123L);
    try (RecordWriter ga = writer(dir.resolve("ga.jsonl"));
        RecordWriter yb = writer(dir.resolve("yb.jsonl"));
        RecordWriter yl = writer(dir.resolve("yl.jsonl"))) {
      for (long i = 0; i < people; i++) {
        RegistrationRecord r = gen.next(random.split());
        if (i < people * 2 / 3) {
          ga.write(r);
        }
        if (i >= people / 3) {
          RegistrationRecord m = r;
          if (i % 97 == 0) {
            m = r.toBuilder().name("另一人").build();
          } else if (i % 5 == 0) {
            m = r.toBuilder().residenceAddress("医保登记的地址 " + i).build();
          }
          yb.write(m);
        }
        if (i % 3 == 0) {
          yl.write(r);
        }
      }
    }
  }

  private static RecordWriter writer(Path file) throws IOException {
    return RecordWriter.jsonLines(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20));
  }
}
