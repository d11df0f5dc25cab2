package io.github.canbao.registration.cli;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.ReadItem;
import io.github.canbao.registration.model.io.RecordReader;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The readable records of a reader, lazily, with every unreadable line reported on stderr as {@code
 * source:line: reason} and skipped ({@code cli.md}, "Records in, records out"). The counts are
 * final once the stream has been consumed.
 */
final class ReadableRecords {

  private final Stream<RegistrationRecord> records;
  private long read;
  private long skipped;

  ReadableRecords(RecordReader reader, String source, PrintWriter err) {
    this.records = reader.stream().mapMulti((ReadItem item, Consumer<RegistrationRecord> next) -> {
      if (item instanceof ReadItem.Read r) {
        read++;
        next.accept(r.record());
      } else if (item instanceof ReadItem.Unreadable u) {
        skipped++;
        err.println(source + ":" + u.line() + ": " + u.reason());
      }
    });
  }

  /** The records; consumed once. */
  Stream<RegistrationRecord> stream() {
    return records;
  }

  /** The records read so far. */
  long read() {
    return read;
  }

  /** The unreadable lines skipped so far. */
  long skipped() {
    return skipped;
  }
}
