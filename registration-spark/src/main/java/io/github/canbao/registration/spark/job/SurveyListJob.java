package io.github.canbao.registration.spark.job;

import io.github.canbao.registration.spark.ClusterRuleSet;
import io.github.canbao.registration.spark.survey.ClusterSurveyList;
import java.io.IOException;
import java.io.PrintWriter;
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

/** {@code survey-list}: the people who need a household survey, as one CSV file on the driver. */
@Command(
    name = "survey-list",
    header = "Derive on the cluster and list the people who need a household survey.",
    description = "Derives every record on the cluster, selects the people who need a survey, and writes the survey "
        + "list (comparison-and-reports.md §2) as one CSV file on the driver, --out being a path on the driver's disk.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class SurveyListJob implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RecordJobOptions options;

  @Option(names = "--temp-dir", paramLabel = "DIR",
      description = "Where the list's sort writes its runs on the driver; default: java.io.tmpdir.")
  Path tempDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    SparkSession spark = SparkSession.builder().appName("registration survey-list").getOrCreate();
    // First the locality: a broken folder stops the job before any data is read.
    ClusterRuleSet rules = ClusterRuleSet.load(spark, options.ruleSource());
    Dataset<String> lines = options.format.read(spark, options.in);
    if (options.partitions != null) {
      lines = lines.repartition(options.partitions);
    }
    Path out = Path.of(options.out);
    ClusterSurveyList.Outcome outcome;
    // CREATE_NEW: a quarter's list is never overwritten by accident, as the other outputs.
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
      outcome = ClusterSurveyList.of(rules).write(lines, options.deriveOptions(false), writer,
          tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir")));
    }
    err.println("survey-list (" + rules.ruleSet().name() + ", as of " + options.asOf + "): " + outcome.listed()
        + " people listed in " + out + "; " + outcome.unreadableLines() + " unreadable line(s)");
    err.flush();
    return outcome.unreadableLines() == 0 ? 0 : 1;
  }
}
