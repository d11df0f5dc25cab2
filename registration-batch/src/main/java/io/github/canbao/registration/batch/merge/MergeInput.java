package io.github.canbao.registration.batch.merge;

import io.github.canbao.registration.model.io.RecordReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One extract to merge: its source, how problems name it (a file name), and its records.
 *
 * <pre>{@code
 * MergeInput.jsonLines(Source.of("公安", 2), "ga.jsonl", Path.of("ga.jsonl"), UTF_8);   // the fast path
 * MergeInput.of(Source.of("医保", 1), "yb.csv", RecordReader.open(yb, RecordFormat.CSV, UTF_8));
 * }</pre>
 *
 * <p>A JSON Lines file is read as lines and each line is parsed once, after the sort; a {@link
 * RecordReader} (CSV, or any stream) gives parsed records, which the merge writes as JSON for its
 * sort. Both report the same unreadable lines; a line whose JSON is well formed but does not fit the
 * record is reported when it is parsed, after the sort.
 *
 * @since 0.1.0
 */
public sealed interface MergeInput permits MergeInput.Records, MergeInput.JsonLinesFile {

  /**
   * The source and its priority.
   *
   * @since 0.1.0
   */
  Source source();

  /**
   * How problems name the input.
   *
   * @since 0.1.0
   */
  String label();

  /**
   * Records from a reader; the merge reads it to the end but does not close it.
   *
   * @since 0.1.0
   */
  static MergeInput of(Source source, String label, RecordReader reader) {
    return new Records(source, label, reader);
  }

  /**
   * A JSON Lines file in {@code charset} (an ASCII-compatible one).
   *
   * @since 0.1.0
   */
  static MergeInput jsonLines(Source source, String label, Path file, Charset charset) {
    return new JsonLinesFile(source, label, file, charset);
  }

  /**
   * Records from a reader.
   *
   * @param source the source
   * @param label how problems name it
   * @param reader the records
   * @since 0.1.0
   */
  record Records(Source source, String label, RecordReader reader) implements MergeInput {
    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException if any component is null
     */
    public Records {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(reader, "reader");
    }
  }

  /**
   * A JSON Lines file.
   *
   * @param source the source
   * @param label how problems name it
   * @param file the file
   * @param charset its charset
   * @since 0.1.0
   */
  record JsonLinesFile(Source source, String label, Path file, Charset charset) implements MergeInput {
    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException if any component is null
     */
    public JsonLinesFile {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(charset, "charset");
    }
  }
}
