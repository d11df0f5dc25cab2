package io.github.canbao.registration.spark.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.batch.report.BaseDataReport;
import io.github.canbao.registration.batch.report.CityPopulation;
import io.github.canbao.registration.batch.report.Quarter;
import io.github.canbao.registration.batch.report.QuarterlyReport;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.spark.ClusterRuleSet;
import io.github.canbao.registration.spark.DatasetFormat;
import io.github.canbao.registration.spark.LocalSpark;
import io.github.canbao.registration.spark.RuleSource;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.person.People;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ClusterReport: the quarterly report on Spark equals the single-machine report (issue 9, comparison-and-reports.md §4)")
class ClusterReportTest {

  private static final DeriveOptions OPTIONS = DeriveOptions.asOf(LocalDate.of(2026, 11, 23));
  private static final Quarter Q3 = Quarter.of(2026, 3);

  @Test
  @DisplayName("100,000 generated records (and one broken line): the same rows, columns, coverage rates and failed checks")
  void equalsSingleMachine(@TempDir Path dir) throws IOException {
    List<RegistrationRecord> inputs = Seed.of(20_261_127L).sample(People.records(), 100_000);
    List<String> lines = new ArrayList<>(LocalSpark.lines(inputs, false));
    lines.add(50_000, "[\"not a record\"]");
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    List<CityPopulation> populations =
        List.of(new CityPopulation("440100", "广州市", 40_000, 40_000), new CityPopulation("440300", "深圳市", 30_000, 25_000));

    ClusterRuleSet rules = ClusterRuleSet.load(LocalSpark.session(), RuleSource.bundled("guangdong"));
    ClusterReport.Outcome onSpark =
        ClusterReport.of(rules).build(DatasetFormat.JSON_LINES.read(LocalSpark.session(), in.toString()), OPTIONS, Q3, populations);

    BaseDataReport oneMachine = singleMachine(rules.ruleSet(), inputs, populations);
    assertThat(oneMachine.rows()).hasSizeGreaterThan(10);
    assertThat(onSpark.unreadableLines()).isEqualTo(1);
    assertThat(onSpark.report()).isEqualTo(oneMachine);
  }

  /** What the command line's report does: derive, then count every record. */
  private static BaseDataReport singleMachine(RuleSet rules, List<RegistrationRecord> inputs, List<CityPopulation> populations) {
    QuarterlyReport report = QuarterlyReport.of(Q3, populations);
    for (int from = 0; from < inputs.size(); from += RuleSet.BATCH_SIZE) {
      rules.derive(inputs.subList(from, Math.min(inputs.size(), from + RuleSet.BATCH_SIZE)), OPTIONS).forEach(report::add);
    }
    return report.build();
  }
}
