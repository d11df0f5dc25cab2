package io.github.canbao.registration.spark.job;

import io.github.canbao.registration.spark.ClusterRuleSet;
import io.github.canbao.registration.spark.RecordLines;
import java.io.PrintWriter;
import java.util.function.BiFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/** The run derive and validate share: load the locality, read, work, write, report. */
final class RecordJob {

  private RecordJob() {}

  static int run(
      String what, RecordJobOptions options, PrintWriter err, BiFunction<ClusterRuleSet, Dataset<String>, RecordLines> work) {
    SparkSession spark = SparkSession.builder().appName("registration " + what).getOrCreate();
    // First the locality: a broken folder stops the job before any data is read.
    ClusterRuleSet rules = ClusterRuleSet.load(spark, options.ruleSource());
    Dataset<String> lines = options.format.read(spark, options.in);
    if (options.partitions != null) {
      lines = lines.repartition(options.partitions);
    }
    RecordLines done = work.apply(rules, lines);
    options.format.write(done.records(), options.out);
    long unreadable = done.unreadableLines();
    err.println(what + " (" + rules.ruleSet().name() + ", as of " + options.asOf + "): written to " + options.out
        + "; " + unreadable + " unreadable line(s)");
    done.unreadableReasons().stream().sorted().limit(20).forEach(reason -> err.println("  " + reason));
    err.flush();
    return unreadable == 0 ? 0 : 1;
  }
}
