package io.github.canbao.registration.spark.job;

import io.github.canbao.registration.batch.report.CityPopulations;
import io.github.canbao.registration.batch.report.Quarter;
import io.github.canbao.registration.spark.ClusterRuleSet;
import io.github.canbao.registration.spark.report.ClusterReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the quarterly base-data report, counted on the cluster, written as one CSV file on the driver. */
@Command(
    name = "report",
    header = "Derive on the cluster and compute the quarterly base-data report (基础数据情况表).",
    description = "Derives every record on the cluster, counts each partition there, adds the counts up on the driver "
        + "with the household-population figures and writes the report (comparison-and-reports.md §4) as one CSV "
        + "file on the driver, --out being a path on the driver's disk. Failed logical checks are in the file and on stderr.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ReportJob implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RecordJobOptions options;

  @Option(names = "--quarter", paramLabel = "YYYYQN", required = true, description = "The quarter, e.g. 2026Q3.")
  String quarter;

  @Option(names = "--population", paramLabel = "FILE", required = true,
      description = "Household population per city, on the driver (CSV: city,name,population,obtained).")
  Path population;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Quarter reported = Quarter.parse(quarter).orElse(null);
    if (reported == null) {
      err.println("registration-spark: expected a quarter such as 2026Q3, not '" + quarter + "'");
      return 2;
    }
    if (!Files.isRegularFile(population)) {
      err.println("registration-spark: no such population file: " + population);
      return 2;
    }
    CityPopulations.Read cities;
    try (Reader reader = Files.newBufferedReader(population, StandardCharsets.UTF_8)) {
      cities = CityPopulations.read(reader);
    }
    cities.problems().forEach(problem -> err.println(population + ":" + problem));
    SparkSession spark = SparkSession.builder().appName("registration report").getOrCreate();
    // First the locality: a broken folder stops the job before any data is read.
    ClusterRuleSet rules = ClusterRuleSet.load(spark, options.ruleSource());
    Dataset<String> lines = options.format.read(spark, options.in);
    if (options.partitions != null) {
      lines = lines.repartition(options.partitions);
    }
    ClusterReport.Outcome outcome = ClusterReport.of(rules).build(lines, options.deriveOptions(false), reported, cities.cities());
    Path out = Path.of(options.out);
    // CREATE_NEW: a quarter's report is never overwritten by accident, as the other outputs.
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
      outcome.report().writeCsv(writer);
    }
    outcome.report().failedChecks().forEach(check -> err.println("report: check failed: " + check));
    err.println("report (" + rules.ruleSet().name() + ", " + reported + "): " + outcome.report().rows().size()
        + " cities in " + out + "; " + outcome.unreadableLines() + " unreadable line(s)");
    err.flush();
    return outcome.unreadableLines() == 0 && cities.problems().isEmpty() ? 0 : 1;
  }
}
