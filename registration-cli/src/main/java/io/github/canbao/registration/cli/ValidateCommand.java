package io.github.canbao.registration.cli;

import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.model.validation.ViolationMessages;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code registration validate}: derives, then validates each record, and writes it back with its
 * {@code violations} ({@code cli.md}).
 *
 * @since 0.1.0
 */
@Command(
    name = "validate",
    header = "Derives, then validates records; writes each back with its violations.",
    description = {
      "Writes each record back, in input order, derived and with violations (an empty array when",
      "valid). The summary on stderr counts valid and invalid records and the most frequent",
      "violation codes. Unreadable lines are reported with their line number and skipped (exit 1)."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RuleSetOptions ruleSet;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      defaultValue = "zh",
      description = "The language of violation messages; default: zh.")
  Language lang = Language.ZH;

  @Mixin RecordFileOptions files;

  @Mixin ThreadsOption threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    RuleSet rules = ruleSet.load(err);
    DeriveOptions options = DeriveOptions.asOf(asOf.date());
    ViolationSummary summary = new ViolationSummary();
    RecordRun run;
    try (ThreadsOption.Workers workers = threads.start();
        RecordReader reader = files.reader(System.in);
        RecordWriter writer = files.writer(spec.commandLine().getOut(), reader.columns(), lang.locale()).withEmptyViolations()) {
      run = RecordRun.of(
          reader, files.source(), workers.validate(rules, options), writer, err, "validate", 0, summary::add);
    }
    err.println("validate (" + rules.name() + ", as of " + options.asOf() + "): " + run.describe());
    summary.print(err, ViolationMessages.of(lang.locale()));
    return ExitStatus.of(run.skipped() == 0);
  }
}
