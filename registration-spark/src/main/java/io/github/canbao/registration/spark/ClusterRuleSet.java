package io.github.canbao.registration.spark;

import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.LoadResult;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.spark.internal.RecordLinesFunction;
import io.github.canbao.registration.spark.internal.RuleSetHolder;
import io.github.canbao.registration.spark.internal.ShippedLocality;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A locality's rule set for a Spark job: loaded and checked on the driver before any data is read,
 * then compiled once per executor JVM (never serialised or broadcast) and run one session per
 * batch of {@link RuleSet#BATCH_SIZE} records in each partition.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("registration").getOrCreate();
 * ClusterRuleSet rules = ClusterRuleSet.load(spark, RuleSource.folder(Path.of("rules/shenzhen")));
 * Dataset<String> lines = DatasetFormat.JSON_LINES.read(spark, "hdfs:///registration/2026q4/in");
 * RecordLines validated = rules.validate(lines, DeriveOptions.asOf(LocalDate.of(2026, 11, 23)));
 * DatasetFormat.PARQUET.write(validated.records(), "hdfs:///registration/2026q4/validated");
 * }</pre>
 *
 * <p>A rule author's folder is read on the driver and its files travel with each task; an executor
 * compiles them once (keyed by name and content), whatever the cluster's file systems.
 *
 * @since 0.1.0
 */
public final class ClusterRuleSet {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterRuleSet.class);

  private final SparkSession spark;
  private final ShippedLocality locality;
  private final RuleSet ruleSet;

  private ClusterRuleSet(SparkSession spark, ShippedLocality locality, RuleSet ruleSet) {
    this.spark = spark;
    this.locality = locality;
    this.ruleSet = ruleSet;
  }

  /**
   * Loads the locality on the driver; a broken one stops the job here, before any data is read.
   *
   * @throws BrokenLocalityException if the locality does not load, with every problem's file and line
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static ClusterRuleSet load(SparkSession spark, RuleSource source) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(source, "source");
    LoadResult loaded = source.load();
    if (loaded.ruleSet().isEmpty()) {
      throw new BrokenLocalityException(source, loaded.problems());
    }
    RuleSet compiled = loaded.ruleSet().orElseThrow();
    ShippedLocality shipped = ShippedLocality.of(source);
    // In local mode the executors are this JVM: they use the driver's compile.
    RuleSetHolder.offer(shipped, compiled);
    LOG.info("locality {} loaded on the driver: {}", source, compiled.chain());
    return new ClusterRuleSet(spark, shipped, compiled);
  }

  /**
   * The rule set as compiled on the driver (its name, chain, parameters and code tables).
   *
   * @since 0.1.0
   */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * Derives every record of {@code lines} (JSON objects, one a row), as {@link
   * RuleSet#derive(java.util.List, DeriveOptions)} does on one machine.
   *
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public RecordLines derive(Dataset<String> lines, DeriveOptions options) {
    return run(lines, options, RecordLinesFunction.Mode.DERIVE, Locale.CHINESE);
  }

  /**
   * Derives and validates every record of {@code lines}, with Chinese violation messages.
   *
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public RecordLines validate(Dataset<String> lines, DeriveOptions options) {
    return validate(lines, options, Locale.CHINESE);
  }

  /**
   * Derives and validates every record of {@code lines}, as {@link RuleSet#validate(java.util.List,
   * DeriveOptions)} does on one machine; violation messages in {@code messages} ({@code zh} or
   * {@code en}).
   *
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public RecordLines validate(Dataset<String> lines, DeriveOptions options, Locale messages) {
    return run(lines, options, RecordLinesFunction.Mode.VALIDATE, messages);
  }

  /**
   * Derives every record of {@code lines} and keeps those of people who need a household survey
   * ({@code NeedsSurvey}, {@code comparison-and-reports.md} §1.5): the input of the survey list.
   * The records are derived, not yet marked.
   *
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public RecordLines needingSurvey(Dataset<String> lines, DeriveOptions options) {
    return run(lines, options, RecordLinesFunction.Mode.NEEDS_SURVEY, Locale.CHINESE);
  }

  private RecordLines run(Dataset<String> lines, DeriveOptions options, RecordLinesFunction.Mode mode, Locale messages) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(messages, "messages");
    String what = mode.name().toLowerCase(Locale.ROOT);
    LongAccumulator unreadable = spark.sparkContext().longAccumulator(what + ": unreadable lines");
    CollectionAccumulator<String> reasons = spark.sparkContext().collectionAccumulator(what + ": unreadable reasons");
    RecordLinesFunction function =
        new RecordLinesFunction(locality, options, mode, messages, unreadable, reasons);
    return RecordLines.of(lines.mapPartitions(function, Encoders.STRING()), unreadable, reasons);
  }

  @Override
  public String toString() {
    return "ClusterRuleSet[" + locality.source() + "]";
  }
}
