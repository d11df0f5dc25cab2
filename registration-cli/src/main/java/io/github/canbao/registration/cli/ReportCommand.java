package io.github.canbao.registration.cli;

import io.github.canbao.registration.batch.report.BaseDataReport;
import io.github.canbao.registration.batch.report.CityPopulations;
import io.github.canbao.registration.batch.report.Quarter;
import io.github.canbao.registration.batch.report.QuarterlyReport;
import io.github.canbao.registration.batch.report.ReportCheck;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code registration report --quarter 2026Q3 --population FILE --in FILE}: the quarterly base-data
 * report (全民参保登记基础数据情况表, {@code comparison-and-reports.md} §4), through {@link
 * QuarterlyReport}.
 *
 * @since 0.1.0
 */
@Command(
    name = "report",
    header = "Computes the quarterly base-data report (基础数据情况表) with its logical checks.",
    description = {
      "Derives each record (--locality, default national; given values are kept), counts it in its",
      "city, and writes the 17 columns per city and the total row (合计), with the coverage rate",
      "(参保率) per insurance, as CSV (or --format json) on stdout or --out. Every logical check that",
      "fails is listed with its row, in the 逻辑校验 column and on stderr.",
      "--population: CSV with a header city,name,population,obtained (columns 1 and 2).",
      "Unreadable lines of either file are reported with their line number and skipped (exit 1)."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ReportCommand implements Callable<Integer> {

  /** The report's output format. */
  enum ReportFormat { CSV, JSON }

  @Spec CommandSpec spec;

  @Option(names = "--quarter", paramLabel = "YYYYQn", required = true, converter = QuarterConverter.class,
      description = "The quarter reported, e.g. 2026Q3.")
  Quarter quarter;

  @Option(names = "--population", paramLabel = "FILE", required = true,
      description = "Household population per city (CSV: city,name,population,obtained).")
  Path population;

  @Option(names = "--in", paramLabel = "FILE", description = "The registration records; default: stdin.")
  Path in;

  @Option(names = "--in-format", paramLabel = "jsonl|csv", converter = RecordFileOptions.FormatConverter.class,
      description = "The records' format; default: csv for an --in file *.csv, else jsonl.")
  RecordFormat inFormat;

  @Option(names = "--charset", paramLabel = "UTF-8|GB18030", defaultValue = "UTF-8",
      description = "The charset of the records and the population file; default: ${DEFAULT-VALUE}.")
  Charset charset = StandardCharsets.UTF_8;

  @Option(names = "--locality", paramLabel = "NAME", defaultValue = "national",
      description = "The locality whose rules derive the records first; default: ${DEFAULT-VALUE}.")
  String locality = "national";

  @Option(names = "--rules", paramLabel = "DIR", description = "A rule author's locality folder instead of the bundled one.")
  Path rules;

  @Mixin AsOfOption asOf;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the report; default: stdout.")
  Path out;

  @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
      description = "The report's format; default: ${DEFAULT-VALUE}.")
  ReportFormat format = ReportFormat.CSV;

  /** {@code 2026Q3}. */
  static final class QuarterConverter implements CommandLine.ITypeConverter<Quarter> {
    @Override
    public Quarter convert(String value) {
      return Quarter.parse(value)
          .orElseThrow(() -> new CommandLine.TypeConversionException("expected a quarter such as 2026Q3, not '" + value + "'"));
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(population)) {
      throw CommandFailure.unusable("no such population file: " + population);
    }
    if (in != null && !Files.isRegularFile(in)) {
      throw CommandFailure.unusable("no such input file: " + in);
    }
    RuleSetOptions ruleSetOptions = new RuleSetOptions();
    ruleSetOptions.locality = locality;
    ruleSetOptions.rules = rules;
    RuleSet ruleSet = ruleSetOptions.load(err);
    CityPopulations.Read cities;
    try (Reader reader = Files.newBufferedReader(population, charset)) {
      cities = CityPopulations.read(reader);
    }
    long skipped = 0;
    for (String problem : cities.problems()) {
      err.println(population + ":" + problem);
      skipped++;
    }
    QuarterlyReport report = QuarterlyReport.of(quarter, cities.cities());
    DeriveOptions options = DeriveOptions.asOf(asOf.date());
    String source = in != null ? in.toString() : "<stdin>";
    ReadableRecords records;
    try (RecordReader reader = in != null ? RecordReader.open(in, recordFormat(), charset) : RecordReader.open(System.in, recordFormat(), charset)) {
      records = new ReadableRecords(reader, source, err);
      try (Stream<RegistrationRecord> derived = ruleSet.derive(records.stream(), options)) {
        for (Iterator<RegistrationRecord> it = derived.iterator(); it.hasNext(); ) {
          report.add(it.next());
        }
      }
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable("--charset " + charset + ": " + e.getMessage());
    }
    BaseDataReport table = report.build();
    Writer target = out != null
        ? new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))
        : spec.commandLine().getOut();
    try {
      if (format == ReportFormat.JSON) {
        table.writeJson(target);
      } else {
        table.writeCsv(target);
      }
    } finally {
      if (out != null) {
        target.close();
      }
    }
    for (ReportCheck check : table.failedChecks()) {
      err.println("report: check failed: " + check.describe());
    }
    err.println(String.format("report %s (%s): %,d records read, %,d skipped (unreadable), %,d cities, %,d failed check%s",
        quarter, ruleSet.name(), records.read(), records.skipped() + skipped, table.rows().size(), table.failedChecks().size(),
        table.failedChecks().size() == 1 ? "" : "s"));
    return ExitStatus.of(records.skipped() + skipped == 0);
  }

  private RecordFormat recordFormat() {
    if (inFormat != null) {
      return inFormat;
    }
    boolean csv = in != null && in.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    return csv ? RecordFormat.CSV : RecordFormat.JSON_LINES;
  }
}
