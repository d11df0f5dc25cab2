package io.github.canbao.registration.cli;

import io.github.canbao.registration.batch.merge.MergeInput;
import io.github.canbao.registration.batch.merge.MergeSummary;
import io.github.canbao.registration.batch.merge.Merger;
import io.github.canbao.registration.batch.merge.Source;
import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.model.io.RecordWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code registration merge --source NAME=FILE[:PRIORITY] … [--out FILE]}: the comparison and merge of
 * extracts ({@code comparison-and-reports.md} §1), through {@link Merger}.
 *
 * @since 0.1.0
 */
@Command(
    name = "merge",
    header = "Compares and merges extracts by social security number; one record per person.",
    description = {
      "Reads each --source (JSON Lines, or CSV for a *.csv file), normalises the key (15 → 18 digits,",
      "x → X), merges the records of one person field by field (highest PRIORITY first, then the most",
      "recent aae036) with provenance, and writes one record per person in key order, then the records",
      "whose key is invalid. Findings: INVALID_KEY, SAME_KEY_DIFFERENT_PERSON, CONFLICT,",
      "DUPLICATE_ENROLMENT, DUPLICATE_BENEFIT. Sorts on disk: memory does not grow with the input.",
      "Unreadable lines are reported with their file and line number and skipped (exit 1)."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class MergeCommand implements Callable<Integer> {

  private static final Pattern PRIORITY = Pattern.compile("(.+):(-?\\d{1,9})");

  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "NAME=FILE[:PRIORITY]",
      required = true,
      converter = SourceConverter.class,
      description = "An extract: its source name, its file, and its priority (a higher number wins; default 0). Repeat for each source.")
  List<SourceFile> sources = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the merged records; default: stdout.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "jsonl|csv",
      converter = RecordFileOptions.FormatConverter.class,
      description = "The output format; default: csv for an --out file *.csv, else jsonl. Inputs: csv for *.csv files, else jsonl.")
  RecordFormat format;

  @Option(
      names = "--charset",
      paramLabel = "UTF-8|GB18030",
      defaultValue = "UTF-8",
      description = "The inputs' charset; default: ${DEFAULT-VALUE}. Output is UTF-8.")
  Charset charset = StandardCharsets.UTF_8;

  @Option(
      names = "--chunk-chars",
      paramLabel = "N",
      defaultValue = "33554432",
      description = "Characters of records sorted in memory at once (the heap needed is about 4 × N bytes); default: ${DEFAULT-VALUE}.")
  long chunkChars = Merger.DEFAULT_CHUNK_CHARS;

  @Option(names = "--temp-dir", paramLabel = "DIR", description = "Where the sorted runs are written; default: java.io.tmpdir.")
  Path tempDir;

  /** One {@code --source}. */
  record SourceFile(Source source, Path file) {}

  /** {@code NAME=FILE[:PRIORITY]}. */
  static final class SourceConverter implements CommandLine.ITypeConverter<SourceFile> {
    @Override
    public SourceFile convert(String value) {
      int eq = value.indexOf('=');
      if (eq <= 0 || eq == value.length() - 1) {
        throw new CommandLine.TypeConversionException("expected NAME=FILE[:PRIORITY], not '" + value + "'");
      }
      String name = value.substring(0, eq);
      String rest = value.substring(eq + 1);
      int priority = 0;
      Matcher m = PRIORITY.matcher(rest);
      if (m.matches()) {
        rest = m.group(1);
        priority = Integer.parseInt(m.group(2));
      }
      try {
        return new SourceFile(Source.of(name, priority), Path.of(rest));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<String> names = new ArrayList<>();
    for (SourceFile s : sources) {
      if (names.contains(s.source().name())) {
        throw CommandFailure.unusable("the source name " + s.source().name() + " is given twice");
      }
      names.add(s.source().name());
      if (!Files.isRegularFile(s.file())) {
        throw CommandFailure.unusable("no such input file: " + s.file());
      }
    }
    if (chunkChars < 1) {
      throw CommandFailure.unusable("--chunk-chars must be at least 1");
    }
    Merger merger = Merger.create().withChunkChars(chunkChars);
    if (tempDir != null) {
      merger = merger.withTemporaryDirectory(tempDir);
    }
    List<RecordReader> readers = new ArrayList<>();
    MergeSummary summary;
    try {
      List<MergeInput> inputs = new ArrayList<>();
      for (SourceFile s : sources) {
        if (csv(s.file())) {
          RecordReader reader = open(s.file());
          readers.add(reader);
          inputs.add(MergeInput.of(s.source(), s.file().toString(), reader));
        } else {
          checkCharset();
          inputs.add(MergeInput.jsonLines(s.source(), s.file().toString(), s.file(), charset));
        }
      }
      OutputStream target = out != null ? Files.newOutputStream(out) : new WriterOutputStream(spec.commandLine().getOut());
      try (RecordWriter writer = RecordWriter.open(target, outputFormat(), StandardCharsets.UTF_8, Locale.CHINESE, List.of())) {
        summary = merger.merge(inputs, writer, (input, line, reason) -> err.println(input + ":" + line + ": " + reason));
      }
    } finally {
      for (RecordReader r : readers) {
        r.close();
      }
    }
    err.println("merge (" + sources.size() + " source" + (sources.size() == 1 ? "" : "s") + "): " + summary.describe());
    return ExitStatus.of(summary.skipped() == 0);
  }

  private static boolean csv(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  private RecordReader open(Path file) throws IOException {
    try {
      return RecordReader.open(file, RecordFormat.CSV, charset);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable("--charset " + charset + ": " + e.getMessage());
    }
  }

  /** JSON Lines are split on the byte of a line break: the charset must encode it as ASCII does. */
  private void checkCharset() {
    byte[] newline = "\n{}".getBytes(charset);
    if (newline.length != 3 || newline[0] != '\n') {
      throw CommandFailure.unusable("--charset " + charset + ": not a charset that encodes line breaks as ASCII does");
    }
  }

  private RecordFormat outputFormat() {
    if (format != null) {
      return format;
    }
    boolean csv = out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    return csv ? RecordFormat.CSV : RecordFormat.JSON_LINES;
  }
}
