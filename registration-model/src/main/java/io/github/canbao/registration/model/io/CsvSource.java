package io.github.canbao.registration.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.canbao.registration.model.RegistrationRecord;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads CSV with a header row. Rows are assembled from physical lines here — a quoted cell may hold
 * line breaks — so that each row keeps the number of the line it starts on, and a broken row
 * (a quote that does not close, a wrong number of cells, a value that does not fit its column) costs
 * that row only. The cells of a row are split by jackson-dataformat-csv, and bound to a record by
 * building the record's JSON tree ({@link CsvColumn}) for the Jackson mapping to bind.
 */
final class CsvSource extends ItemSource {

  /** A row may span at most this many physical lines; beyond it a quote is taken to be unclosed. */
  static final int MAX_ROW_LINES = 10_000;

  private static final ObjectReader CELLS =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          // A trailing comma is an empty last cell, not nothing: otherwise "a,b," has two cells.
          .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
          .build()
          .readerFor(String[][].class)
          .with(CsvSchema.emptySchema());

  private final ObjectReader records;
  private final Deque<ReadItem> pending = new ArrayDeque<>();
  private List<String> header;
  private List<CsvColumn> columns;
  private boolean[] ignored;

  CsvSource(PhysicalLines lines, ObjectReader records) {
    super(lines);
    this.records = records;
  }

  @Override
  ReadItem next() throws IOException {
    readHeader();
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    for (Row row = nextRow(); row != null; row = nextRow()) {
      if (row.problem != null) {
        return new ReadItem.Unreadable(row.line, row.problem);
      }
      return read(row);
    }
    return null;
  }

  @Override
  List<String> columns() throws IOException {
    readHeader();
    return header;
  }

  private void readHeader() throws IOException {
    if (header != null) {
      return;
    }
    header = List.of();
    columns = List.of();
    ignored = new boolean[0];
    Row row = nextRow();
    if (row == null) {
      return;
    }
    if (row.problem != null) {
      pending.add(new ReadItem.Unreadable(row.line, "header: " + row.problem));
      return;
    }
    String[] names;
    try {
      names = cells(row.text);
    } catch (JsonProcessingException e) {
      pending.add(new ReadItem.Unreadable(row.line, "header: " + UnreadableReason.ofCsv(e)));
      return;
    }
    header = List.of(names);
    List<CsvColumn> list = new ArrayList<>();
    ignored = new boolean[names.length];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.length; i++) {
      CsvColumn column = CsvLayout.INSTANCE.column(names[i]);
      list.add(column);
      if (!seen.add(names[i])) {
        ignored[i] = true;
        pending.add(new ReadItem.Unreadable(row.line,
            UnreadableReason.clean("header: column \"" + names[i] + "\" appears again; its cells are ignored")));
      } else if (column instanceof CsvColumn.Group) {
        ignored[i] = true;
        pending.add(new ReadItem.Unreadable(row.line,
            UnreadableReason.clean("header: column \"" + names[i] + "\" is a group; its cells are ignored, "
                + "its values go in its flattened columns")));
      }
    }
    columns = List.copyOf(list);
  }

  private ReadItem read(Row row) throws IOException {
    String[] cells;
    try {
      cells = cells(row.text);
    } catch (JsonProcessingException e) {
      return new ReadItem.Unreadable(row.line, UnreadableReason.ofCsv(e));
    }
    if (cells.length != columns.size()) {
      return new ReadItem.Unreadable(
          row.line, cells.length + " cells where the header has " + columns.size());
    }
    ObjectNode tree = CsvColumn.newRecord();
    for (int i = 0; i < cells.length; i++) {
      if (cells[i].isEmpty() || ignored[i]) {
        continue;
      }
      try {
        columns.get(i).read(cells[i], tree);
      } catch (CsvColumn.CellException e) {
        return new ReadItem.Unreadable(row.line, UnreadableReason.clean(e.getMessage()));
      }
    }
    try {
      RegistrationRecord record = records.readValue(tree);
      return new ReadItem.Read(row.line, record);
    } catch (JsonProcessingException e) {
      return new ReadItem.Unreadable(row.line, UnreadableReason.of(e));
    }
  }

  private static String[] cells(String text) throws JsonProcessingException {
    String[][] rows = CELLS.readValue(text);
    return rows.length == 0 ? new String[] {""} : rows[0];
  }

  /** A logical row: its first line and text, or why it could not be assembled. */
  private record Row(long line, String text, String problem) {}

  /** The next non-blank row, assembled across the line breaks inside quoted cells; null at the end. */
  private Row nextRow() throws IOException {
    PhysicalLines.Line first;
    do {
      first = lines.next();
      if (first == null) {
        return null;
      }
      if (first.problem() != null) {
        return new Row(first.number(), null, first.problem());
      }
    } while (first.text().isBlank());
    if (!endsInQuotes(first.text(), false)) {
      return new Row(first.number(), first.text(), null);
    }
    StringBuilder text = new StringBuilder(first.text());
    boolean inQuotes = true;
    int count = 1;
    while (inQuotes) {
      PhysicalLines.Line more = lines.next();
      if (more == null) {
        return new Row(first.number(), null, "a quoted cell is not closed before the end of the file");
      }
      if (more.problem() != null) {
        return new Row(first.number(), null, "line " + more.number() + " of the row: " + more.problem());
      }
      if (++count > MAX_ROW_LINES) {
        return new Row(first.number(), null, "a quoted cell is not closed within " + MAX_ROW_LINES + " lines");
      }
      text.append('\n').append(more.text());
      inQuotes = endsInQuotes(more.text(), true);
    }
    return new Row(first.number(), text.toString(), null);
  }

  /**
   * Whether a CSV line ends inside a quoted cell, given whether it starts inside one, as
   * jackson-dataformat-csv reads quotes: a quote opens a quoted cell only at the start of a cell;
   * inside one, {@code ""} is a quote and a single {@code "} closes it.
   */
  private static boolean endsInQuotes(String line, boolean inQuotes) {
    boolean cellStart = !inQuotes;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            i++;
          } else {
            inQuotes = false;
          }
        }
      } else if (c == '"' && cellStart) {
        inQuotes = true;
        cellStart = false;
      } else {
        cellStart = c == ',';
      }
    }
    return inQuotes;
  }
}
