package io.github.canbao.registration.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.json.RegistrationJson;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes person records one at a time as JSON Lines or CSV ({@code record-format.md}), each line
 * ended by {@code \n}.
 *
 * <pre>{@code
 * try (RecordReader reader = RecordReader.csv(in);
 *      RecordWriter writer = RecordWriter.csv(out, reader.columns())) {
 *   for (ReadItem item : reader) {
 *     if (item instanceof ReadItem.Read read) {
 *       writer.write(derive(read.record()));
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>JSON Lines: one compact JSON object a line, violation messages in the writer's locale (Chinese
 * unless told otherwise).
 *
 * <p>CSV: a header row, then a row a record. The columns are the ones given — the input's, from
 * {@link RecordReader#columns()}, with a group or list key ({@code unit}, {@code enrolments}) spread
 * into its flattened columns — or, when none are given, every column of the record model plus the
 * unknown keys of the first record; then each derived column ({@code employmentState} … {@code
 * aae015}, {@code explanations}, {@code findings}, {@code violations}) not already there. The
 * header is fixed at the first record, so a value with no column — an unknown key first seen later,
 * an unknown key inside a nested object ({@code unit}, an enrolment …), an enrolment of an insurance
 * type without a column, a second enrolment of the same type — is not written; use JSON Lines to keep
 * everything. Rendered cells: {@code explanations} as {@code
 * field=value by rule "rule" (because)}, {@code findings} as {@code CODE[:field[:given->derived]]},
 * {@code violations} as {@code CODE:field} ({@code :WARNING} added for a warning), each list joined
 * by {@code "; "}; {@code evidence} joined by {@code |}.
 *
 * <p>Text is UTF-8 unless another charset (GB18030) is given. Not thread-safe; {@link #close()}
 * writes the CSV header if no record was written, flushes and closes the output.
 *
 * @since 0.1.0
 */
public final class RecordWriter implements Closeable, Flushable {

  private boolean emptyViolations;
  private static final CsvSchema ROWS = CsvSchema.emptySchema().withLineSeparator("\n");
  // Quote only where CSV needs it (separator, quote, line break, surrounding space): without the
  // strict check, jackson-dataformat-csv quotes every value longer than 24 characters.
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private final RecordFormat format;
  private final Writer out;
  private final ObjectMapper mapper;
  private final ObjectWriter json;
  private final List<String> givenColumns;
  private JsonGenerator generator;
  private SequenceWriter rows;
  private List<String> columns = List.of();
  private List<CsvColumn> csvColumns;
  private long written;

  private RecordWriter(
      OutputStream out, RecordFormat format, Charset charset, Locale messagesLocale, List<String> columns) {
    Objects.requireNonNull(out, "out");
    this.format = Objects.requireNonNull(format, "format");
    this.out = new BufferedWriter(new OutputStreamWriter(out, Objects.requireNonNull(charset, "charset")), 64 * 1024);
    this.mapper = RegistrationJson.mapper(Objects.requireNonNull(messagesLocale, "messagesLocale"));
    // One flush at the end, not one a record: a flush per line costs a system call on stdout.
    this.json = mapper.writerFor(RegistrationRecord.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    this.givenColumns = List.copyOf(columns);
  }

  /**
   * A JSON Lines writer in UTF-8, with Chinese violation messages.
   *
   * @throws NullPointerException if {@code out} is null
   * @since 0.1.0
   */
  public static RecordWriter jsonLines(OutputStream out) {
    return open(out, RecordFormat.JSON_LINES, StandardCharsets.UTF_8, Locale.CHINESE, List.of());
  }

  /**
   * A CSV writer in UTF-8 with the given columns (see the class description; empty for the model's).
   *
   * @throws NullPointerException if an argument is null or {@code columns} holds a null
   * @since 0.1.0
   */
  public static RecordWriter csv(OutputStream out, List<String> columns) {
    return open(out, RecordFormat.CSV, StandardCharsets.UTF_8, Locale.CHINESE, columns);
  }

  /**
   * A writer of {@code format} in {@code charset}.
   *
   * @param out where the records go; closed by {@link #close()}
   * @param format the format
   * @param charset the charset, UTF-8 or GB18030 usually
   * @param messagesLocale the locale of violation messages in JSON Lines ({@code zh} or {@code en})
   * @param columns for CSV, the input's columns (see the class description); ignored for JSON Lines
   * @throws NullPointerException if an argument is null or {@code columns} holds a null
   * @since 0.1.0
   */
  public static RecordWriter open(
      OutputStream out, RecordFormat format, Charset charset, Locale messagesLocale, List<String> columns) {
    return new RecordWriter(out, format, charset, messagesLocale, columns);
  }

  /**
   * Makes JSON Lines output carry {@code "violations": []} for a record without violations: the
   * output of validation says "valid" explicitly (cli.md, {@code validate}), where a record that was
   * never validated carries no key. CSV always has its {@code violations} column. Returns this
   * writer.
   *
   * @since 0.1.0
   */
  public RecordWriter withEmptyViolations() {
    this.emptyViolations = true;
    return this;
  }

  /**
   * The format written.
   *
   * @since 0.1.0
   */
  public RecordFormat format() {
    return format;
  }

  /**
   * The CSV header, once the first record (or the close) fixed it; empty before, and for JSON Lines.
   *
   * @since 0.1.0
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * The number of records written.
   *
   * @since 0.1.0
   */
  public long written() {
    return written;
  }

  /**
   * Writes one record.
   *
   * @throws IOException if the output fails
   * @throws NullPointerException if {@code record} is null
   * @since 0.1.0
   */
  public void write(RegistrationRecord record) throws IOException {
    Objects.requireNonNull(record, "record");
    if (format == RecordFormat.JSON_LINES) {
      if (generator == null) {
        generator = mapper.createGenerator(out);
        // Lines, not a stream of space-separated root values.
        generator.setRootValueSeparator(null);
      }
      if (emptyViolations && record.violations().isEmpty()) {
        // The model leaves empty lists out; validate output shows "violations": [] for a valid
        // record (cli.md). Appended to the record's own text, where a tree would have put it too
        // (last): building a tree of every record first made writing twice as dear.
        String text = json.writeValueAsString(record);
        generator.writeRaw(text, 0, text.length() - 1);
        generator.writeRaw(text.length() > 2 ? ",\"violations\":[]}" : "\"violations\":[]}");
      } else {
        json.writeValue(generator, record);
      }
      generator.writeRaw('\n');
    } else {
      startCsv(record);
      ObjectNode tree = mapper.valueToTree(record);
      String[] cells = new String[csvColumns.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = csvColumns.get(i).write(tree, record);
      }
      rows.write(cells);
    }
    written++;
  }

  /**
   * The line {@link #write} would write for {@code record} in JSON Lines, without its line break.
   * Thread-safe, unlike {@code write}: records can be rendered on several threads and written in
   * order with {@link #writeRendered}.
   *
   * @throws IllegalStateException if this writer writes CSV (whose columns depend on the records before)
   * @throws IOException if the record cannot be written as JSON
   * @since 0.1.0
   */
  public String render(RegistrationRecord record) throws IOException {
    Objects.requireNonNull(record, "record");
    if (format != RecordFormat.JSON_LINES) {
      throw new IllegalStateException("only JSON Lines are rendered ahead, not " + format);
    }
    String text = json.writeValueAsString(record);
    if (emptyViolations && record.violations().isEmpty()) {
      return text.substring(0, text.length() - 1) + (text.length() > 2 ? ",\"violations\":[]}" : "\"violations\":[]}");
    }
    return text;
  }

  /**
   * Writes a line {@link #render} gave, and counts it as a record written.
   *
   * @throws IOException if the output fails
   * @throws NullPointerException if {@code line} is null
   * @since 0.1.0
   */
  public void writeRendered(String line) throws IOException {
    Objects.requireNonNull(line, "line");
    if (generator != null) {
      generator.flush();
    }
    out.write(line);
    out.write('\n');
    written++;
  }

  /**
   * Flushes what was written to the output.
   *
   * @throws IOException if the output fails
   * @since 0.1.0
   */
  @Override
  public void flush() throws IOException {
    if (generator != null) {
      generator.flush();
    }
    if (rows != null) {
      rows.flush();
    }
    out.flush();
  }

  /**
   * Writes the CSV header if no record was written, flushes, and closes the output.
   *
   * @throws IOException if the output fails
   * @since 0.1.0
   */
  @Override
  public void close() throws IOException {
    try {
      if (format == RecordFormat.CSV) {
        startCsv(null);
      }
      flush();
    } finally {
      out.close();
    }
  }

  /** Fixes the header and writes it, once; {@code first} is the first record, or null on close. */
  private void startCsv(RegistrationRecord first) throws IOException {
    if (rows != null) {
      return;
    }
    columns =
        CsvLayout.INSTANCE.outputColumns(givenColumns, first == null ? List.of() : first.unknown().keySet());
    csvColumns = columns.stream().map(CsvLayout.INSTANCE::column).toList();
    rows = CSV.writerFor(String[].class).with(ROWS).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).writeValues(out);
    rows.write(columns.toArray(String[]::new));
  }
}
