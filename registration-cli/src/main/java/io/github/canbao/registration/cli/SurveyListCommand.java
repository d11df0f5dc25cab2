package io.github.canbao.registration.cli;

import io.github.canbao.registration.batch.survey.NeedsSurvey;
import io.github.canbao.registration.batch.survey.SurveyList;
import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code registration survey-list --locality NAME --in FILE --out FILE.csv}: the people who need a
 * household survey, as the survey list's CSV ({@code comparison-and-reports.md} §1.5, §2), through
 * {@link NeedsSurvey} and {@link SurveyList}.
 *
 * @since 0.1.0
 */
@Command(
    name = "survey-list",
    header = "Derives, marks who needs a survey, and writes the survey list (CSV).",
    description = {
      "Derives each record with the locality's rules, marks the people who need a household survey",
      "(not insured, partly insured, a required field missing, an invalid key, same key different",
      "person) and writes them as CSV grouped by district → street → community, ordered by address,",
      "with the national summary table's columns and the survey reasons. Unreadable lines are",
      "reported with their line number and skipped (exit 1)."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class SurveyListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RuleSetOptions ruleSet;

  @Mixin AsOfOption asOf;

  @Mixin RecordFileOptions files;

  @Option(names = "--temp-dir", paramLabel = "DIR", description = "Where a long list is sorted; default: java.io.tmpdir.")
  Path tempDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    RuleSet rules = ruleSet.load(err);
    DeriveOptions options = DeriveOptions.asOf(asOf.date());
    NeedsSurvey needsSurvey = NeedsSurvey.of(rules);
    long listed = 0;
    Map<String, Long> reasons = new TreeMap<>();
    Writer target = files.out != null
        ? new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(files.out), StandardCharsets.UTF_8))
        : spec.commandLine().getOut();
    long started = System.nanoTime();
    ReadableRecords records;
    try (RecordReader reader = files.reader(System.in);
        SurveyList list = SurveyList.open(target, rules.codeBook(), Divisions.bundled(),
            tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir")), SurveyList.DEFAULT_CHUNK_CHARS)) {
      records = new ReadableRecords(reader, files.source(), err);
      try (Stream<RegistrationRecord> derived = rules.derive(records.stream(), options)) {
        for (Iterator<RegistrationRecord> it = derived.iterator(); it.hasNext(); ) {
          RegistrationRecord record = it.next();
          NeedsSurvey.Assessment assessment = needsSurvey.assess(record);
          if (assessment.needsSurvey()) {
            listed++;
            assessment.reasons().forEach(r -> reasons.merge(r, 1L, Long::sum));
            list.add(needsSurvey.mark(record), assessment);
          }
        }
      }
      list.finish();
    } finally {
      if (files.out != null) {
        target.close();
      }
    }
    StringBuilder summary = new StringBuilder(String.format(
        "survey-list (%s, as of %s): %,d read, %,d need a survey, %,d skipped (unreadable) in %.1f s",
        rules.name(), options.asOf(), records.read(), listed, records.skipped(), (System.nanoTime() - started) / 1e9));
    if (!reasons.isEmpty()) {
      summary.append("; reasons:");
      reasons.forEach((code, n) -> summary.append(' ').append(code).append(' ').append(String.format("%,d", n)));
    }
    err.println(summary);
    return ExitStatus.of(records.skipped() == 0);
  }
}
