package io.github.canbao.registration.model.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.json.RegistrationJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads person records one at a time from JSON Lines or CSV ({@code record-format.md}), giving each
 * as a {@link ReadItem}: a {@link ReadItem.Read record} or an {@link ReadItem.Unreadable unreadable
 * line}, both with the 1-based physical line number in the file ({@code cli.md}).
 *
 * <pre>{@code
 * try (RecordReader reader = RecordReader.open(Path.of("people.csv"), RecordFormat.CSV,
 *     Charset.forName("GB18030"))) {
 *   for (ReadItem item : reader) {
 *     if (item instanceof ReadItem.Read read) {
 *       process(read.record());
 *     } else {
 *       report(item.line(), ((ReadItem.Unreadable) item).reason());
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>What the reader does with the input:
 *
 * <ul>
 *   <li>Blank lines are skipped and give no item, but they count, as an editor numbers lines.
 *   <li>A line that holds no record is an {@link ReadItem.Unreadable} with a short reason, and the
 *       reader goes on with the next line: in JSON Lines a line that is not one JSON object (an
 *       array, a number, a string, {@code null}, broken JSON), in CSV a row with a wrong number of
 *       cells, an unclosed quote or a bad boolean or whole number; in both, a value that cannot be
 *       held by its field (an object where a text is expected, an unknown key inside an
 *       explanation or a finding), and a line that is not valid in the charset. Well-formed values that are merely
 *       wrong — a code not in its table, a bad identity number — are kept as given for validation.
 *   <li>Unknown keys are kept: in JSON Lines at every level (the record's, a unit's, an
 *       enrolment's … {@code unknown()}), in CSV at the top level only (a column not in the layout,
 *       {@code unit.x} included, is a top-level unknown key).
 *   <li>A reason never repeats the line: runs of seven or more digits in it are masked, so a whole
 *       identity or phone number never reaches a log.
 *   <li>Text is UTF-8 unless another ASCII-compatible charset (GB18030) is given; a byte order mark
 *       at the start is skipped.
 *   <li>Memory does not grow with the input: the reader holds one line (or one CSV row) at a time,
 *       and a line longer than 16 MiB is reported and skipped.
 * </ul>
 *
 * <p>A reader is iterated once and is not thread-safe. {@link #close()} closes the input. An I/O
 * failure while iterating is thrown as {@link UncheckedIOException}.
 *
 * @since 0.1.0
 */
public final class RecordReader implements Closeable, Iterable<ReadItem> {

  // Trailing tokens are checked by the JSON Lines source itself, to name them in plain words.
  private static final ObjectReader RECORDS =
      RegistrationJson.mapper()
          .readerFor(RegistrationRecord.class)
          .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final RecordFormat format;
  private final ItemSource source;
  private boolean iterated;

  private RecordReader(RecordFormat format, ItemSource source) {
    this.format = format;
    this.source = source;
  }

  /**
   * A reader of JSON Lines in UTF-8.
   *
   * @throws NullPointerException if {@code in} is null
   * @since 0.1.0
   */
  public static RecordReader jsonLines(InputStream in) {
    return open(in, RecordFormat.JSON_LINES, StandardCharsets.UTF_8);
  }

  /**
   * A reader of CSV in UTF-8.
   *
   * @throws NullPointerException if {@code in} is null
   * @since 0.1.0
   */
  public static RecordReader csv(InputStream in) {
    return open(in, RecordFormat.CSV, StandardCharsets.UTF_8);
  }

  /**
   * A reader of {@code in} in {@code format} and {@code charset}.
   *
   * @throws IllegalArgumentException if {@code charset} is not ASCII-compatible (UTF-16, UTF-32)
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static RecordReader open(InputStream in, RecordFormat format, Charset charset) {
    Objects.requireNonNull(format, "format");
    PhysicalLines lines = new PhysicalLines(in, charset);
    ItemSource source =
        switch (format) {
          case JSON_LINES -> new JsonLinesSource(lines, RECORDS);
          case CSV -> new CsvSource(lines, RECORDS);
        };
    return new RecordReader(format, source);
  }

  /**
   * A reader of the file at {@code path} in {@code format} and {@code charset}.
   *
   * @throws IOException if the file cannot be opened
   * @throws IllegalArgumentException if {@code charset} is not ASCII-compatible (UTF-16, UTF-32)
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static RecordReader open(Path path, RecordFormat format, Charset charset) throws IOException {
    PhysicalLines.requireAsciiCompatible(charset);
    Objects.requireNonNull(format, "format");
    return open(Files.newInputStream(path), format, charset);
  }

  /**
   * One line of JSON Lines as this reader reads it: a record, or why the line holds none (not a JSON
   * object, broken JSON, a value that does not fit its field, more than one value). For tools that
   * route lines before parsing them, such as the merge's sort by key; a blank line is unreadable here.
   *
   * @param line the 1-based line number the item carries
   * @param text the line's text, without its line break
   * @throws IllegalArgumentException if {@code line} is less than 1
   * @throws NullPointerException if {@code text} is null
   * @since 0.1.0
   */
  public static ReadItem parseJsonLine(long line, String text) {
    Objects.requireNonNull(text, "text");
    try {
      return JsonLinesSource.parse(RECORDS, line, text);
    } catch (IOException e) {
      // Parsing a string does no I/O; Jackson declares it for streams.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The format read.
   *
   * @since 0.1.0
   */
  public RecordFormat format() {
    return format;
  }

  /**
   * The charset read.
   *
   * @since 0.1.0
   */
  public Charset charset() {
    return source.lines.charset();
  }

  /**
   * The columns seen, to give a {@link RecordWriter} so that the output keeps the input's columns:
   * for CSV the header row (read now if it was not yet; empty for an empty input); for JSON Lines
   * the top-level keys of the records read so far, known keys in catalogue order and unknown keys
   * in the order first seen.
   *
   * @throws UncheckedIOException if the header cannot be read
   * @since 0.1.0
   */
  public List<String> columns() {
    try {
      return source.columns();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The items, in input order. A reader gives one iterator only, because it reads a stream.
   *
   * @throws IllegalStateException if called a second time
   * @since 0.1.0
   */
  @Override
  public Iterator<ReadItem> iterator() {
    if (iterated) {
      throw new IllegalStateException("a RecordReader is iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      private ReadItem next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = source.next();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          done = next == null;
        }
        return next != null;
      }

      @Override
      public ReadItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ReadItem item = next;
        next = null;
        return item;
      }
    };
  }

  /**
   * The items as a sequential stream, in input order; closing the stream closes the reader.
   *
   * @throws IllegalStateException if the reader was iterated already
   * @since 0.1.0
   */
  public Stream<ReadItem> stream() {
    Spliterator<ReadItem> items = Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(items, false).onClose(() -> {
      try {
        close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Closes the input.
   *
   * @since 0.1.0
   */
  @Override
  public void close() throws IOException {
    source.close();
  }
}
