package io.github.canbao.registration.spark.report;

import io.github.canbao.registration.batch.report.BaseDataReport;
import io.github.canbao.registration.batch.report.CityPopulation;
import io.github.canbao.registration.batch.report.Quarter;
import io.github.canbao.registration.batch.report.QuarterlyReport;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.spark.ClusterRuleSet;
import io.github.canbao.registration.spark.RecordLines;
import io.github.canbao.registration.spark.internal.PartialReportFunction;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

/**
 * The quarterly base-data report (全民参保登记基础数据情况表, {@code comparison-and-reports.md} §4) of
 * a province on Spark, as a Spark aggregation: the cluster derives every record and counts each
 * partition in a partial report ({@code registration-batch}'s own {@link QuarterlyReport}, the
 * same counting as on one machine); the partials, one tally per city each, are added up on the
 * driver with the population figures, and the report is built there with its checks.
 *
 * <pre>{@code
 * ClusterReport.Outcome outcome = ClusterReport.of(rules)
 *     .build(lines, DeriveOptions.asOf(LocalDate.of(2026, 11, 23)), Quarter.of(2026, 3), populations);
 * outcome.report().failedChecks();   // every logical check that fails, with its row
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ClusterReport {

  private final ClusterRuleSet rules;

  private ClusterReport(ClusterRuleSet rules) {
    this.rules = rules;
  }

  /**
   * The report of records derived with {@code rules}' locality.
   *
   * @throws NullPointerException if {@code rules} is null
   * @since 0.1.0
   */
  public static ClusterReport of(ClusterRuleSet rules) {
    return new ClusterReport(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * The report and the input lines that held no record.
   *
   * @param report the quarterly report with its failed checks
   * @param unreadableLines the input lines that held no record
   * @since 0.1.0
   */
  public record Outcome(BaseDataReport report, long unreadableLines) {}

  /**
   * Derives {@code lines} on the cluster and reports {@code quarter} with {@code populations} (the
   * household-population figures per city), as the command line's {@code report} does on one
   * machine.
   *
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public Outcome build(Dataset<String> lines, DeriveOptions options, Quarter quarter, List<CityPopulation> populations) {
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(populations, "populations");
    RecordLines derived = rules.derive(lines, options);
    Dataset<QuarterlyReport> partials =
        derived.records().mapPartitions(new PartialReportFunction(quarter), Encoders.javaSerialization(QuarterlyReport.class));
    QuarterlyReport total = QuarterlyReport.of(quarter, populations);
    // One partial per partition, a tally per city each: small enough to bring to the driver.
    for (QuarterlyReport partial : partials.collectAsList()) {
      total.addAll(partial);
    }
    return new Outcome(total.build(), derived.unreadableLines());
  }

  @Override
  public String toString() {
    return "ClusterReport[" + rules + "]";
  }
}
