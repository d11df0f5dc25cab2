package io.github.canbao.registration.spark.internal;

import io.github.canbao.registration.batch.report.Quarter;
import io.github.canbao.registration.batch.report.QuarterlyReport;
import io.github.canbao.registration.model.io.ReadItem;
import io.github.canbao.registration.model.io.RecordReader;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/**
 * Counts one partition of derived JSON lines in a report of its own: the partition's part of the
 * quarterly report, which the driver adds up ({@link QuarterlyReport#addAll}). Only the quarter is
 * serialised with the task; a partial report, a tally per city, travels back.
 */
public final class PartialReportFunction implements MapPartitionsFunction<String, QuarterlyReport> {

  private static final long serialVersionUID = 1L;

  private final Quarter quarter;

  public PartialReportFunction(Quarter quarter) {
    this.quarter = quarter;
  }

  @Override
  public Iterator<QuarterlyReport> call(Iterator<String> lines) {
    QuarterlyReport partial = QuarterlyReport.of(quarter, List.of());
    long line = 0;
    while (lines.hasNext()) {
      // Written by the library's writer a moment before (derivation): each line is a record.
      if (RecordReader.parseJsonLine(++line, lines.next()) instanceof ReadItem.Read read) {
        partial.add(read.record());
      }
    }
    return List.of(partial).iterator();
  }
}
