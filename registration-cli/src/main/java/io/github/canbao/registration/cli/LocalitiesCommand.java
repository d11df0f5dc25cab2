package io.github.canbao.registration.cli;

import io.github.canbao.registration.rules.RuleSets;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code registration localities}: the bundled localities, a name and a line of description each.
 *
 * @since 0.1.0
 */
@Command(
    name = "localities",
    header = "Lists the bundled localities, a name and a line of description each.",
    mixinStandardHelpOptions = true)
final class LocalitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<RuleSets.LocalityInfo> localities = RuleSets.bundledLocalities();
    int width = localities.stream().mapToInt(l -> l.name().length()).max().orElse(0);
    for (RuleSets.LocalityInfo locality : localities) {
      out.println(String.format("%-" + width + "s  %s", locality.name(), locality.description()).strip());
    }
    out.flush();
    return ExitStatus.DONE;
  }
}
