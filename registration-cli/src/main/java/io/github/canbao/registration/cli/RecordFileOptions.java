package io.github.canbao.registration.cli;

import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.model.io.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code [--in FILE] [--out FILE] [--format jsonl|csv] [--charset UTF-8|GB18030]}: where records
 * come from and go to ({@code record-format.md}).
 *
 * <p>The format is that of the input and the output alike: {@code --format}, else {@code csv} for
 * an {@code --in} file named {@code *.csv}, else JSON Lines. The charset is the input's; output is
 * UTF-8.
 *
 * @since 0.1.0
 */
final class RecordFileOptions {

  @Option(names = "--in", paramLabel = "FILE", description = "The records to read; default: stdin.")
  Path in;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the records; default: stdout.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "jsonl|csv",
      converter = FormatConverter.class,
      description = "The format of input and output; default: csv for an --in file *.csv, else jsonl.")
  RecordFormat format;

  @Option(
      names = "--charset",
      paramLabel = "UTF-8|GB18030",
      defaultValue = "UTF-8",
      description = "The input's charset (a UTF-8 byte order mark is skipped); default: ${DEFAULT-VALUE}. Output is UTF-8.")
  Charset charset = StandardCharsets.UTF_8;

  /** The format read and written. */
  RecordFormat format() {
    if (format != null) {
      return format;
    }
    boolean csvFile = in != null && in.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    return csvFile ? RecordFormat.CSV : RecordFormat.JSON_LINES;
  }

  /** How problems name the input: the file, or {@code <stdin>}. */
  String source() {
    return in != null ? in.toString() : "<stdin>";
  }

  /**
   * A reader of {@code --in}, or of {@code stdin}.
   *
   * @throws CommandFailure when the file does not exist or the charset cannot be read line by line
   */
  RecordReader reader(InputStream stdin) throws IOException {
    if (in != null && !Files.isRegularFile(in)) {
      throw CommandFailure.unusable("no such input file: " + in);
    }
    try {
      return in != null ? RecordReader.open(in, format(), charset) : RecordReader.open(stdin, format(), charset);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable("--charset " + charset + ": " + e.getMessage());
    }
  }

  /**
   * A writer to {@code --out}, or to {@code stdout}, with the input's columns for CSV.
   *
   * @param stdout the command's output writer
   * @param columns the input's columns ({@link RecordReader#columns()})
   * @param messages the language of violation messages
   */
  RecordWriter writer(PrintWriter stdout, List<String> columns, Locale messages) throws IOException {
    OutputStream target = out != null ? Files.newOutputStream(out) : new WriterOutputStream(stdout);
    return RecordWriter.open(target, format(), StandardCharsets.UTF_8, messages, columns);
  }

  /** {@code jsonl} or {@code csv}, in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<RecordFormat> {
    @Override
    public RecordFormat convert(String value) {
      return RecordFormat.fromKey(value)
          .orElseThrow(() -> new CommandLine.TypeConversionException("expected jsonl or csv, not '" + value + "'"));
    }
  }
}
