package io.github.canbao.registration.spark.job;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code derive}: the derived fields of every record, with explanations and findings. */
@Command(
    name = "derive",
    header = "Derive every record's fields on the cluster.",
    description = "Reads records, derives them with the locality's rules (one rule base per executor), writes them.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class DeriveJob implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RecordJobOptions options;

  @Option(names = "--overwrite", description = "Replace given values of derived fields (kept by default, a difference is a finding).")
  boolean overwrite;

  @Override
  public Integer call() {
    return RecordJob.run("derive", options, spec.commandLine().getErr(),
        (rules, lines) -> rules.derive(lines, options.deriveOptions(overwrite)));
  }
}
