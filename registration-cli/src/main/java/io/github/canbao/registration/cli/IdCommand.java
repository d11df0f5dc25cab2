package io.github.canbao.registration.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code registration id}: the group of the identity-number commands ({@code check}, {@code
 * upgrade}).
 *
 * @since 0.1.0
 */
@Command(
    name = "id",
    header = "Identity numbers (AAC002 社会保障号码): check, upgrade.",
    mixinStandardHelpOptions = true,
    subcommands = {IdCheckCommand.class, IdUpgradeCommand.class})
final class IdCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Without a subcommand: the usage, on stderr, and the status of unusable arguments. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitStatus.UNUSABLE;
  }
}
