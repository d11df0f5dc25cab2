package io.github.canbao.registration.spark.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.batch.survey.NeedsSurvey;
import io.github.canbao.registration.batch.survey.SurveyList;
import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.spark.ClusterRuleSet;
import io.github.canbao.registration.spark.DatasetFormat;
import io.github.canbao.registration.spark.LocalSpark;
import io.github.canbao.registration.spark.RuleSource;
import io.github.canbao.registration.spark.SameLines;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.person.People;
import io.github.canbao.registration.testkit.person.RecordDefect;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ClusterSurveyList: the survey list on Spark equals the single-machine list (issue 9, comparison-and-reports.md §2)")
class ClusterSurveyListTest {

  private static final DeriveOptions OPTIONS = DeriveOptions.asOf(LocalDate.of(2026, 11, 23));

  @Test
  @DisplayName("100,000 generated records (some with missing fields or bad numbers): the same CSV, byte for byte")
  void equalsSingleMachine(@TempDir Path dir) throws IOException {
    List<RegistrationRecord> inputs = new ArrayList<>(Seed.of(20261126L).sample(People.records(), 99_000));
    inputs.addAll(Seed.of(8L).sample(People.records().withDefect(RecordDefect.MISSING_REQUIRED), 500));
    inputs.addAll(Seed.of(9L).sample(People.records().withDefect(RecordDefect.ID_CHECK_DIGIT), 500));
    Path in = dir.resolve("in.jsonl");
    Files.write(in, LocalSpark.lines(inputs, false), StandardCharsets.UTF_8);

    ClusterRuleSet rules = ClusterRuleSet.load(LocalSpark.session(), RuleSource.bundled("guangdong"));
    StringWriter onSpark = new StringWriter();
    ClusterSurveyList.Outcome outcome = ClusterSurveyList.of(rules)
        .write(DatasetFormat.JSON_LINES.read(LocalSpark.session(), in.toString()), OPTIONS, onSpark, dir);

    StringWriter oneMachine = new StringWriter();
    long listed = singleMachine(rules.ruleSet(), inputs, oneMachine, dir);

    assertThat(outcome.listed()).isEqualTo(listed).isGreaterThan(1_000);
    assertThat(outcome.unreadableLines()).isZero();
    SameLines.assertSame(List.of(onSpark.toString().split("\n")), List.of(oneMachine.toString().split("\n")));
  }

  /** What the command line's survey-list does: derive, assess, mark, list. */
  private static long singleMachine(RuleSet rules, List<RegistrationRecord> inputs, StringWriter out, Path tmp) throws IOException {
    NeedsSurvey needsSurvey = NeedsSurvey.of(rules);
    try (SurveyList list = SurveyList.open(out, rules.codeBook(), Divisions.bundled(), tmp, SurveyList.DEFAULT_CHUNK_CHARS)) {
      for (int from = 0; from < inputs.size(); from += RuleSet.BATCH_SIZE) {
        for (RegistrationRecord record : rules.derive(inputs.subList(from, Math.min(inputs.size(), from + RuleSet.BATCH_SIZE)), OPTIONS)) {
          NeedsSurvey.Assessment assessment = needsSurvey.assess(record);
          if (assessment.needsSurvey()) {
            list.add(needsSurvey.mark(record), assessment);
          }
        }
      }
      return list.finish();
    }
  }
}
