package io.github.canbao.registration.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import io.github.canbao.registration.rules.scenario.ScenarioTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Runs the scenario tables of every bundled locality: the rule author's tests, run by JUnit. */
@DisplayName("localities.md: every bundled locality passes its scenario tables")
class BundledScenariosTest {

  @TestFactory
  Stream<DynamicNode> everyBundledLocality() {
    return RuleSets.bundledLocalities().stream()
        .map(info -> {
          RuleSet rules = RuleSets.bundled(info.name()).ruleSet().orElseThrow();
          ScenarioTable table;
          try {
            table = ScenarioTable.bundled(info.name());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          assertThat(table.scenarios()).as("%s has scenario tables", info.name()).isNotEmpty();
          return DynamicContainer.dynamicContainer(info.name(), ScenarioTests.of(rules, table));
        });
  }
}
