package io.github.canbao.registration.spark.job;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate}: every record derived, then validated; {@code "violations": []} when valid. */
@Command(
    name = "validate",
    header = "Derive and validate every record on the cluster.",
    description = "Reads records, derives and validates them with the locality's rules, writes them with their violations.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ValidateJob implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RecordJobOptions options;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "The language of violation messages; default: zh.")
  String lang = "zh";

  @Override
  public Integer call() {
    Locale messages = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.CHINESE;
    return RecordJob.run("validate", options, spec.commandLine().getErr(),
        (rules, lines) -> rules.validate(lines, options.deriveOptions(false), messages));
  }
}
