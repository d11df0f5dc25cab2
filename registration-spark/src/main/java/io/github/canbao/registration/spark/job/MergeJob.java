package io.github.canbao.registration.spark.job;

import io.github.canbao.registration.spark.DatasetFormat;
import io.github.canbao.registration.spark.RecordLines;
import io.github.canbao.registration.spark.merge.ClusterMerge;
import io.github.canbao.registration.spark.merge.SourceLines;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code merge}: several extracts compared and merged into one record per person. */
@Command(
    name = "merge",
    header = "Compare and merge several extracts on the cluster.",
    description = "Groups the records of every source by normalised social security number and merges each group "
        + "with registration-batch's merge (the one the command line's merge uses).",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class MergeJob implements Callable<Integer> {

  /** {@code NAME=PATH[:PRIORITY]}: the priority is the digits after the last colon, so hdfs:// paths work. */
  private static final Pattern SOURCE = Pattern.compile("([^=]+)=(.+?)(?::(-?\\d+))?");

  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "NAME=PATH[:PRIORITY]", required = true,
      description = "One extract: its source name, where it is, and its priority (higher wins; default 0). Repeat per source.")
  List<String> sources = new ArrayList<>();

  @Option(names = "--out", paramLabel = "PATH", required = true, description = "Output folder; must not exist.")
  String out;

  @Option(names = "--format", paramLabel = "jsonl|parquet", defaultValue = "jsonl",
      converter = RecordJobOptions.FormatConverter.class,
      description = "jsonl or parquet, in and out; default: jsonl.")
  DatasetFormat format = DatasetFormat.JSON_LINES;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    SparkSession spark = SparkSession.builder().appName("registration merge").getOrCreate();
    List<SourceLines> inputs = new ArrayList<>();
    for (String source : sources) {
      Matcher m = SOURCE.matcher(source);
      if (!m.matches()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--source must be NAME=PATH[:PRIORITY], not " + source);
      }
      int priority = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      inputs.add(SourceLines.of(m.group(1).strip(), priority, format.read(spark, m.group(2))));
    }
    RecordLines merged = ClusterMerge.standard(spark).merge(inputs);
    format.write(merged.records(), out);
    long unreadable = merged.unreadableLines();
    err.println("merge (" + inputs.size() + " sources): written to " + out + "; " + unreadable + " unreadable line(s)");
    merged.unreadableReasons().stream().sorted().limit(20).forEach(reason -> err.println("  " + reason));
    err.flush();
    return unreadable == 0 ? 0 : 1;
  }
}
