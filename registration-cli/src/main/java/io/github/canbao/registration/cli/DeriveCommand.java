package io.github.canbao.registration.cli;

import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code registration derive}: each record back with its derived fields, {@code explanations} and
 * {@code findings} ({@code cli.md}, {@code record-format.md}).
 *
 * @since 0.1.0
 */
@Command(
    name = "derive",
    header = "Derives employment state, no-unit type, non-enrolment reason, enrolment category and statuses.",
    description = {
      "Writes each record back, in input order, with the derived fields, explanations and findings",
      "(DIFFERS where a given value differs from the derived one). Unreadable lines are reported on",
      "stderr with their line number and skipped (exit status 1)."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class DeriveCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RuleSetOptions ruleSet;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--compared-at",
      paramLabel = "YYYY-MM-DDTHH:MM:SS",
      description = "When the comparison behind DATA_CLEANING records was produced, for records without comparedAt; default: the as-of date at 00:00.")
  LocalDateTime comparedAt;

  @Option(names = "--overwrite", description = "Replace given values of derived fields (kept by default, a difference is a finding).")
  boolean overwrite;

  @Mixin RecordFileOptions files;

  @Mixin ThreadsOption threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    RuleSet rules = ruleSet.load(err);
    DeriveOptions options = DeriveOptions.asOf(asOf.date()).withOverwrite(overwrite);
    if (comparedAt != null) {
      options = options.withComparedAt(comparedAt);
    }
    DeriveOptions chosen = options;
    RecordRun run;
    try (ThreadsOption.Workers workers = threads.start();
        RecordReader reader = files.reader(System.in);
        RecordWriter writer = files.writer(spec.commandLine().getOut(), reader.columns(), Locale.CHINESE)) {
      run = RecordRun.of(reader, files.source(), workers.derive(rules, chosen), writer, err, "derive", 0, r -> {});
    }
    err.println("derive (" + rules.name() + ", as of " + chosen.asOf() + "): " + run.describe());
    return ExitStatus.of(run.skipped() == 0);
  }
}
