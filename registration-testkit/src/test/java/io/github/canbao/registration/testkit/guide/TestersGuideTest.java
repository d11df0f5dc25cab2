package io.github.canbao.registration.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.rules.RuleSets;
import io.github.canbao.registration.rules.scenario.ScenarioResult;
import io.github.canbao.registration.rules.scenario.ScenarioRunner;
import io.github.canbao.registration.rules.scenario.ScenarioTable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs every Java sample of docs/testers.md ({@link GuideSamples}). */
@DisplayName("issue 6, docs/testers.md: every Java sample compiles and passes")
class TestersGuideTest {

  private static final GuideSamples GUIDE = GuideSamples.of("testers.md");

  @Test
  void samplesCompileAndPass(@TempDir Path work) throws Exception {
    assertThat(GUIDE.compileAndRun(work)).as("test methods, factories, parameterized tests and mains run").isEqualTo(5);
  }

  @Test
  @DisplayName("the mismatch the guide shows is what a failing scenario prints")
  void mismatchLineIsReal() throws IOException {
    String wrong = "{\"name\": \"a nine-year-old\", \"seed\": \"002 二(三)2\", \"record\": {\"aac006\": \"20160901\", "
        + "\"aac004\": \"1\", \"hukouLocal\": true}, \"expect\": {\"noUnitType\": \"3\"}}\n";
    ScenarioTable table = ScenarioTable.parse(new StringReader(wrong), "derive-no-unit-type.jsonl");
    List<ScenarioResult> results = ScenarioRunner.run(RuleSets.bundled("national").ruleSet().orElseThrow(), table);
    String line = results.get(0).mismatches().get(0).describe();
    assertThat(GUIDE.text()).contains(line);
  }
}
