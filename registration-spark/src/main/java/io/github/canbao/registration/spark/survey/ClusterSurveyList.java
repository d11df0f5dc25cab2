package io.github.canbao.registration.spark.survey;

import io.github.canbao.registration.batch.survey.NeedsSurvey;
import io.github.canbao.registration.batch.survey.SurveyList;
import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.ReadItem;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.spark.ClusterRuleSet;
import io.github.canbao.registration.spark.RecordLines;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.sql.Dataset;

/**
 * The survey list (入户调查花名册, {@code comparison-and-reports.md} §2) of a province on Spark. The
 * cluster derives every record and selects the people who need a survey; the list itself, one CSV
 * file numbered from 1 and ordered by district, street, community and address, is written on the
 * driver by {@code registration-batch}'s own {@link SurveyList}, which sorts on disk in bounded
 * memory. Only the selected people travel to the driver, a partition at a time.
 *
 * <pre>{@code
 * ClusterSurveyList survey = ClusterSurveyList.of(rules);
 * try (Writer out = Files.newBufferedWriter(Path.of("survey-list.csv"))) {
 *   long listed = survey.write(lines, DeriveOptions.asOf(LocalDate.of(2026, 11, 23)), out, Path.of("/var/tmp"));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ClusterSurveyList {

  private final ClusterRuleSet rules;

  private ClusterSurveyList(ClusterRuleSet rules) {
    this.rules = rules;
  }

  /**
   * The survey list of {@code rules}' locality (its required fields and code names).
   *
   * @throws NullPointerException if {@code rules} is null
   * @since 0.1.0
   */
  public static ClusterSurveyList of(ClusterRuleSet rules) {
    return new ClusterSurveyList(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * The outcome of one list: the people listed and the input lines that held no record.
   *
   * @param listed the rows of the list
   * @param unreadableLines the input lines that held no record
   * @since 0.1.0
   */
  public record Outcome(long listed, long unreadableLines) {}

  /**
   * Derives {@code lines} on the cluster and writes the list of the people who need a survey to
   * {@code out} (flushed, not closed), as the command line's {@code survey-list} does on one machine.
   *
   * @param temporaryDirectory where the list's sort writes its runs, on the driver
   * @throws IOException if the list cannot be written
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public Outcome write(Dataset<String> lines, DeriveOptions options, Writer out, Path temporaryDirectory) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(temporaryDirectory, "temporaryDirectory");
    RuleSet ruleSet = rules.ruleSet();
    NeedsSurvey needsSurvey = NeedsSurvey.of(ruleSet);
    RecordLines selected = rules.needingSurvey(lines, options);
    long listed;
    try (SurveyList list =
        SurveyList.open(out, ruleSet.codeBook(), Divisions.bundled(), temporaryDirectory, SurveyList.DEFAULT_CHUNK_CHARS)) {
      Iterator<String> people = selected.records().toLocalIterator();
      while (people.hasNext()) {
        // Written by the library's writer a moment ago: each line is a record.
        if (RecordReader.parseJsonLine(1, people.next()) instanceof ReadItem.Read read) {
          RegistrationRecord record = read.record();
          list.add(needsSurvey.mark(record), needsSurvey.assess(record));
        }
      }
      listed = list.finish();
    }
    return new Outcome(listed, selected.unreadableLines());
  }

  @Override
  public String toString() {
    return "ClusterSurveyList[" + rules + "]";
  }
}
