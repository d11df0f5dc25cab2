package io.github.canbao.registration.testkit.scenario;

import io.github.canbao.registration.rules.LoadResult;
import io.github.canbao.registration.rules.RuleProblem;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import io.github.canbao.registration.rules.scenario.ScenarioResult;
import io.github.canbao.registration.rules.scenario.ScenarioRunner;
import io.github.canbao.registration.rules.scenario.ScenarioTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Scenario tables as JUnit 5 dynamic tests: one test per scenario, named by file, line, name and
 * seed section; a failure lists each mismatch with the explanation of the value the rules produced
 * (the same text {@code registration check-rules} prints).
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> shenzhen() {
 *   return ScenarioTests.ofFolder(Path.of("rules/shenzhen"));   // the rule set and its scenarios/
 * }
 *
 * @TestFactory
 * Stream<DynamicTest> custom() throws IOException {
 *   RuleSet rules = RuleSets.load(Path.of("rules/shenzhen")).ruleSet().orElseThrow();
 *   return ScenarioTests.of(rules, ScenarioTable.read(Path.of("more-scenarios.jsonl")));
 * }
 * }</pre>
 *
 * <p>JUnit is an optional dependency of the testkit: a tester on another framework runs the same
 * tables with {@link ScenarioRunner#run(RuleSet, ScenarioTable)} and fails on any {@link
 * ScenarioResult#passed() failed} result, printing {@link ScenarioResult#describe()}.
 *
 * @since 0.1.0
 */
public final class ScenarioTests {

  private ScenarioTests() {}

  /**
   * One dynamic test per scenario, plus one failing test per unreadable line of the tables.
   *
   * @param rules the rule set under test
   * @param table the scenarios
   * @return the tests, for a {@code @TestFactory}
   * @since 0.1.0
   */
  public static Stream<DynamicTest> of(RuleSet rules, ScenarioTable table) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(table, "table");
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

  /**
   * The scenarios of a rule author's locality folder ({@code scenarios/*.jsonl}) run against the rule
   * set the folder defines. A folder that does not load gives one failing test per problem, each
   * naming file and line, instead of an exception that would hide which file is broken.
   *
   * @param localityFolder the folder holding {@code locality.properties}
   * @return the tests, for a {@code @TestFactory}
   * @throws UncheckedIOException if the scenario files cannot be read
   * @since 0.1.0
   */
  public static Stream<DynamicTest> ofFolder(Path localityFolder) {
    Objects.requireNonNull(localityFolder, "localityFolder");
    LoadResult loaded = RuleSets.load(localityFolder);
    if (loaded.ruleSet().isEmpty()) {
      return failures(loaded);
    }
    try {
      return of(loaded.ruleSet().orElseThrow(), ScenarioTable.readFolder(localityFolder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The scenario tables of a bundled locality run against its rule set.
   *
   * @param locality the bundled locality, e.g. {@code guangdong}
   * @return the tests, for a {@code @TestFactory}
   * @throws IllegalArgumentException if there is no bundled locality of that name
   * @since 0.1.0
   */
  public static Stream<DynamicTest> bundled(String locality) {
    Objects.requireNonNull(locality, "locality");
    LoadResult loaded = RuleSets.bundled(locality);
    if (loaded.ruleSet().isEmpty()) {
      return failures(loaded);
    }
    try {
      return of(loaded.ruleSet().orElseThrow(), ScenarioTable.bundled(locality));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<DynamicTest> failures(LoadResult loaded) {
    return loaded.problems().stream()
        .map(p -> DynamicTest.dynamicTest("does not load " + p.file() + ":" + p.line(), () -> {
          throw new AssertionError(describe(p));
        }));
  }

  private static String describe(RuleProblem problem) {
    return problem.toString();
  }
}
