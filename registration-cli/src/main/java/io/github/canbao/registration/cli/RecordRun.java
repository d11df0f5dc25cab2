package io.github.canbao.registration.cli;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.model.io.RecordWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One pass of records through a rule set ({@code cli.md}, "Records in, records out"): read, report
 * each unreadable line on stderr as {@code source:line: reason} and go on, run the rule set over
 * the readable records (lazily, in its batches), write them back in input order.
 *
 * @param read the records read
 * @param skipped the unreadable lines skipped
 * @param written the records written
 * @param nanos how long the pass took, reading and writing included
 * @since 0.1.0
 */
record RecordRun(long read, long skipped, long written, long nanos) {

  /**
   * Runs {@code rules} over what {@code reader} gives, into {@code writer}, calling {@code each}
   * with every record written. Neither the reader nor the writer is closed.
   *
   * @param source how problems name the input
   * @param progressLabel what the progress line calls the pass
   * @param total the records expected (0 when unknown), for the progress bar
   */
  static RecordRun of(
      RecordReader reader,
      String source,
      UnaryOperator<Stream<RegistrationRecord>> rules,
      RecordWriter writer,
      PrintWriter err,
      String progressLabel,
      long total,
      Consumer<RegistrationRecord> each)
      throws IOException {
    long started = System.nanoTime();
    ReadableRecords records = new ReadableRecords(reader, source, err);
    long written = 0;
    try (Progress progress = Progress.onTerminal(err, progressLabel, total);
        Stream<RegistrationRecord> out = rules.apply(records.stream())) {
      for (Iterator<RegistrationRecord> it = out.iterator(); it.hasNext(); ) {
        RegistrationRecord record = it.next();
        writer.write(record);
        written++;
        each.accept(record);
        progress.step();
      }
    }
    writer.flush();
    return new RecordRun(records.read(), records.skipped(), written, System.nanoTime() - started);
  }

  /** Records written a second. */
  double perSecond() {
    return nanos == 0 ? 0 : written * 1e9 / nanos;
  }

  /** {@code 1,000 read, 1,000 written, 0 skipped (unreadable) in 0.4 s, 2,500 records/s}. */
  String describe() {
    return String.format(
        "%,d read, %,d written, %,d skipped (unreadable) in %.1f s, %,.0f records/s",
        read, written, skipped, nanos / 1e9, perSecond());
  }
}
