package io.github.canbao.registration.cli;

import io.github.canbao.registration.rules.LoadResult;
import io.github.canbao.registration.rules.RuleProblem;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --locality NAME [--rules DIR]}: the rule set a run uses.
 *
 * <p>Without {@code --rules}, the bundled locality {@code NAME}. With it, the folder {@code DIR} as
 * {@link RuleSets#load(Path)} reads it: its own {@code locality.properties} says what it extends
 * ({@code extends=NAME}, {@code national} when it says nothing), so {@code --locality} does not
 * change what is loaded; it names the locality the run is meant for, and a note on stderr says so
 * when the folder does not extend it (a rule author who forgot {@code extends=guangdong} would
 * otherwise test against national's rules without noticing).
 *
 * @since 0.1.0
 */
final class RuleSetOptions {

  @Option(
      names = "--locality",
      paramLabel = "NAME",
      required = true,
      description = "The bundled locality (see `registration localities`).")
  String locality;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = {
        "A rule author's locality folder (*.drl, locality.properties, codes/) loaded instead of the",
        "bundled one; what it lacks comes from the locality its extends= names (default national)."
      })
  Path rules;

  /**
   * The rule set; its problems (file:line: message) on {@code err} when it does not load.
   *
   * @throws CommandFailure when it does not load
   */
  RuleSet load(PrintWriter err) {
    LoadResult result = rules == null ? RuleSets.bundled(locality) : RuleSets.load(rules);
    if (result instanceof LoadResult.Failed failed) {
      for (RuleProblem problem : failed.problems()) {
        err.println(problem);
      }
      throw CommandFailure.unusable(
          "the rules of " + (rules == null ? locality : rules.toString()) + " did not load ("
              + failed.problems().size() + " problem" + (failed.problems().size() == 1 ? "" : "s") + ")");
    }
    RuleSet ruleSet = result.ruleSet().orElseThrow();
    if (rules != null && !ruleSet.chain().contains(locality)) {
      err.println("registration: note: " + rules + " extends " + String.join(" → ", ruleSet.chain())
          + ", not " + locality + "; its rules are used as they are (set extends=" + locality
          + " in its locality.properties to build on " + locality + ")");
    }
    return ruleSet;
  }
}
