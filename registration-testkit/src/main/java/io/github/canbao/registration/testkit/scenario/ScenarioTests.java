package io.github.canbao.registration.testkit.scenario;

import io.github.canbao.registration.rules.RuleProblem;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.scenario.ScenarioResult;
import io.github.canbao.registration.rules.scenario.ScenarioRunner;
import io.github.canbao.registration.rules.scenario.ScenarioTable;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Scenario tables as JUnit 5 dynamic tests: one test per scenario, named by file, line, name and
 * seed section; a failure lists each mismatch with the explanation of the value the rules produced.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> shenzhen() throws IOException {
 *   Path folder = Path.of("rules/shenzhen");
 *   RuleSet rules = RuleSets.load(folder).ruleSet().orElseThrow();
 *   return ScenarioTests.of(rules, ScenarioTable.readFolder(folder));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScenarioTests {

  private ScenarioTests() {}

  /** One dynamic test per scenario, plus one failing test per unreadable line of the tables. */
  public static Stream<DynamicTest> of(RuleSet rules, ScenarioTable table) {
    Stream<DynamicTest> unreadable =
        table.problems().stream()
            .map(p -> DynamicTest.dynamicTest("unreadable " + p.file() + ":" + p.line(), () -> {
              throw new AssertionError(describe(p));
            }));
    Stream<DynamicTest> scenarios =
        table.scenarios().stream()
            .map(s -> DynamicTest.dynamicTest(s.title(), () -> {
              ScenarioResult result = ScenarioRunner.run(rules, s);
              if (!result.passed()) {
                throw new AssertionError(result.describe());
              }
            }));
    return Stream.concat(unreadable, scenarios);
  }

  private static String describe(RuleProblem problem) {
    return problem.toString();
  }
}
