package io.github.canbao.registration.spark.internal;

import io.github.canbao.registration.batch.merge.RecordMerge;
import io.github.canbao.registration.batch.merge.RegistrationKey;
import io.github.canbao.registration.model.io.ReadItem;
import io.github.canbao.registration.model.io.RecordReader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The map side of the merge: each line of one source read as a record (as the library reads it),
 * its key normalised by the batch module's {@link RecordMerge#keyOf}, and the line passed on as it
 * was, tagged with its source. A record whose key is invalid gets a key of its own, so that it
 * travels through the same grouping and comes out alone. Unreadable lines are counted.
 */
public final class MergeKeysFunction implements MapPartitionsFunction<String, Tuple2<String, String>> {

  private static final long serialVersionUID = 1L;

  /** Keys of records whose number is invalid start with this (no social security number does). */
  static final String INVALID = "~invalid:";

  private final String sourceName;
  private final int priority;
  private final LongAccumulator unreadable;
  private final CollectionAccumulator<String> reasons;

  public MergeKeysFunction(String sourceName, int priority, LongAccumulator unreadable, CollectionAccumulator<String> reasons) {
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
    this.priority = priority;
    this.unreadable = Objects.requireNonNull(unreadable, "unreadable");
    this.reasons = Objects.requireNonNull(reasons, "reasons");
  }

  @Override
  public Iterator<Tuple2<String, String>> call(Iterator<String> lines) {
    RecordMerge merge = MergeHolder.merge();
    TaskContext task = TaskContext.get();
    int partition = task == null ? 0 : task.partitionId();
    String prefix = sourceName + '\t' + priority + '\t';
    return new Iterator<>() {
      private Tuple2<String, String> next;
      private long line;
      private int reasonsKept;

      @Override
      public boolean hasNext() {
        while (next == null && lines.hasNext()) {
          String text = lines.next();
          line++;
          if (text.isBlank()) {
            continue;
          }
          ReadItem item = RecordReader.parseJsonLine(line, text);
          if (item instanceof ReadItem.Read read) {
            RegistrationKey key = merge.keyOf(read.record());
            String group = key.value().orElse(INVALID + sourceName + ':' + partition + ':' + line);
            next = new Tuple2<>(group, prefix + text);
          } else if (item instanceof ReadItem.Unreadable bad) {
            unreadable.add(1);
            if (reasonsKept++ < RecordLinesFunction.REASONS_PER_PARTITION) {
              reasons.add(sourceName + ": partition " + partition + ", line " + bad.line() + ": " + bad.reason());
            }
          }
        }
        return next != null;
      }

      @Override
      public Tuple2<String, String> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Tuple2<String, String> item = next;
        next = null;
        return item;
      }
    };
  }
}
