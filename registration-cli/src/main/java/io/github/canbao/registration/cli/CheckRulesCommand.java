package io.github.canbao.registration.cli;

import io.github.canbao.registration.rules.RuleProblem;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.scenario.ScenarioResult;
import io.github.canbao.registration.rules.scenario.ScenarioRunner;
import io.github.canbao.registration.rules.scenario.ScenarioTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code registration check-rules}: runs a scenario table against a rule set, and says of each
 * scenario whether it passed and, when not, each mismatch with the explanation of the value the
 * rules produced.
 *
 * @since 0.1.0
 */
@Command(
    name = "check-rules",
    header = "Runs scenario tables against a locality's rules: PASS or FAIL per scenario.",
    description = {
      "Prints PASS or FAIL and the scenario of each line of the table; under a FAIL, each mismatch",
      "with the explanation of the value the rules produced. Exit status 1 when a scenario fails",
      "or a line of the table cannot be read."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class CheckRulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RuleSetOptions ruleSet;

  @Option(
      names = "--scenarios",
      paramLabel = "FILE",
      required = true,
      description = "A scenario table (JSON Lines), or a folder: its scenarios/*.jsonl, or its own *.jsonl.")
  Path scenarios;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(scenarios)) {
      throw CommandFailure.unusable("no such scenario file: " + scenarios);
    }
    RuleSet rules = ruleSet.load(err);
    ScenarioTable table = Files.isDirectory(scenarios) ? ScenarioTable.readFolder(scenarios) : ScenarioTable.read(scenarios);
    for (RuleProblem problem : table.problems()) {
      err.println(problem);
    }
    List<ScenarioResult> results = ScenarioRunner.run(rules, table);
    long failed = 0;
    for (ScenarioResult result : results) {
      out.println(result.describe());
      if (!result.passed()) {
        failed++;
      }
    }
    out.flush();
    err.printf(
        "check-rules (%s): %,d scenarios, %,d passed, %,d failed, %,d unreadable%n",
        rules.name(), results.size(), results.size() - failed, failed, table.problems().size());
    return ExitStatus.of(failed == 0 && table.problems().isEmpty());
  }
}
