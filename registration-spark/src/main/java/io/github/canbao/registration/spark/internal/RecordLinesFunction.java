package io.github.canbao.registration.spark.internal;

import io.github.canbao.registration.batch.survey.NeedsSurvey;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.ReadItem;
import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * Derives or validates one partition of JSON lines: the lines are read by the library's {@link
 * RecordReader}, {@link RuleSet#BATCH_SIZE} records go through one session at a time, and the
 * results are written by the library's {@link RecordWriter}, so each output line is the line the
 * command line writes for that record. Only the locality (name or files), the options and two
 * accumulators are serialised with the task.
 *
 * <p>A line that holds no record is counted and skipped, never a failed task: its reason (masked
 * by the reader, with the partition and the line within it) is kept for the first few of each
 * partition.
 */
public final class RecordLinesFunction implements MapPartitionsFunction<String, String> {

  private static final long serialVersionUID = 1L;

  /** What a partition's records go through. */
  public enum Mode {
    /** {@link RuleSet#derive(List, DeriveOptions)}. */
    DERIVE,
    /** {@link RuleSet#validate(List, DeriveOptions)}, written with {@code "violations": []} when valid. */
    VALIDATE,
    /** Derived, and kept only when {@link NeedsSurvey#assess} says the person needs a survey. */
    NEEDS_SURVEY
  }

  /** Reasons kept per partition: enough to see what is wrong, bounded on the driver. */
  static final int REASONS_PER_PARTITION = 5;

  private final ShippedLocality locality;
  private final LocalDate asOf;
  private final LocalDateTime comparedAt;
  private final boolean overwrite;
  private final Mode mode;
  private final Locale messages;
  private final LongAccumulator unreadable;
  private final CollectionAccumulator<String> reasons;

  /** A function deriving (or, with {@code validating}, validating) with these options. */
  public RecordLinesFunction(
      ShippedLocality locality,
      DeriveOptions options,
      Mode mode,
      Locale messages,
      LongAccumulator unreadable,
      CollectionAccumulator<String> reasons) {
    this.locality = Objects.requireNonNull(locality, "locality");
    // DeriveOptions holds an Optional, which is not serialisable: its parts travel instead.
    this.asOf = options.asOf();
    this.comparedAt = options.comparedAt().orElse(null);
    this.overwrite = options.overwrite();
    this.mode = Objects.requireNonNull(mode, "mode");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.unreadable = Objects.requireNonNull(unreadable, "unreadable");
    this.reasons = Objects.requireNonNull(reasons, "reasons");
  }

  private DeriveOptions options() {
    DeriveOptions options = DeriveOptions.asOf(asOf).withOverwrite(overwrite);
    return comparedAt == null ? options : options.withComparedAt(comparedAt);
  }

  @Override
  public Iterator<String> call(Iterator<String> lines) {
    RuleSet rules = RuleSetHolder.get(locality);
    DeriveOptions options = options();
    TaskContext task = TaskContext.get();
    int partition = task == null ? 0 : task.partitionId();
    Iterator<ReadItem> items = RecordReader.jsonLines(new LinesInputStream(lines)).iterator();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
    RecordWriter writer = RecordWriter.open(buffer, RecordFormat.JSON_LINES, StandardCharsets.UTF_8, messages, List.of());
    NeedsSurvey needsSurvey = mode == Mode.NEEDS_SURVEY ? NeedsSurvey.of(rules) : null;
    if (mode == Mode.VALIDATE) {
      // As the command line's validate: "violations": [] says valid explicitly.
      writer.withEmptyViolations();
    }
    return new Iterator<>() {
      private final ArrayDeque<String> ready = new ArrayDeque<>();
      private int reasonsKept;

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && items.hasNext()) {
          nextBatch();
        }
        return !ready.isEmpty();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.removeFirst();
      }

      private void nextBatch() {
        List<RegistrationRecord> batch = new ArrayList<>(RuleSet.BATCH_SIZE);
        while (batch.size() < RuleSet.BATCH_SIZE && items.hasNext()) {
          ReadItem item = items.next();
          if (item instanceof ReadItem.Read read) {
            batch.add(read.record());
          } else if (item instanceof ReadItem.Unreadable bad) {
            unreadable.add(1);
            if (reasonsKept++ < REASONS_PER_PARTITION) {
              reasons.add("partition " + partition + ", line " + bad.line() + ": " + bad.reason());
            }
          }
        }
        if (batch.isEmpty()) {
          return;
        }
        List<RegistrationRecord> done = mode == Mode.VALIDATE ? rules.validate(batch, options) : rules.derive(batch, options);
        if (needsSurvey != null) {
          done = done.stream().filter(record -> needsSurvey.assess(record).needsSurvey()).toList();
        }
        try {
          for (RegistrationRecord record : done) {
            writer.write(record);
          }
          writer.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        buffer.reset();
        // The writer escapes line breaks inside values: a line feed only ends a record.
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
          ready.addLast(text.substring(start, end));
          start = end + 1;
        }
      }
    };
  }
}
