package io.github.canbao.registration.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("issue 6: the scenario runner as JUnit dynamic tests; a mismatch prints the explanation")
class ScenarioTestsTest {

  private static final String WRONG =
      "{\"name\": \"a nine-year-old, wrongly expected to be 3 未就业\", \"seed\": \"002 二(三)2\", "
          + "\"record\": {\"aac006\": \"20160901\", \"aac004\": \"1\", \"hukouLocal\": true}, "
          + "\"expect\": {\"noUnitType\": \"3\"}}\n";
  private static final String RIGHT = WRONG.replace("wrongly expected to be 3 未就业", "a student").replace("\"3\"", "\"2\"");

  @Test
  @DisplayName("a failing scenario fails its test with the deciding rule and the facts it read")
  void mismatchShowsTheExplanation(@TempDir Path dir) throws Throwable {
    Path folder = locality(dir, WRONG + RIGHT);
    List<DynamicTest> tests = ScenarioTests.ofFolder(folder).toList();
    assertThat(tests).hasSize(2);
    assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("noUnitType: expected 3, got 2")
        .hasMessageContaining("no-unit: student by evidence, person status or age 6-15 at the reference day")
        .hasMessageContaining("age at 2026-08-31 = 9");
    tests.get(1).getExecutable().execute();
  }

  @Test
  @DisplayName("a folder that does not load gives a failing test naming file and line")
  void brokenFolder(@TempDir Path dir) throws Throwable {
    Path folder = locality(dir, RIGHT);
    Files.writeString(folder.resolve("derive-broken.drl"), "package x;\nrule \"broken\"\nwhen\n  nonsense(\nthen\nend\n",
        StandardCharsets.UTF_8);
    List<DynamicTest> tests = ScenarioTests.ofFolder(folder).toList();
    assertThat(tests).isNotEmpty().allSatisfy(t -> assertThat(t.getDisplayName()).contains("derive-broken.drl"));
    assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionError.class);
  }

  @Test
  @DisplayName("a bundled locality's tables run by name")
  void bundled() throws Throwable {
    List<DynamicTest> tests = ScenarioTests.bundled("national").toList();
    assertThat(tests).hasSizeGreaterThan(20);
    for (DynamicTest test : tests) {
      test.getExecutable().execute();
    }
  }

  private static Path locality(Path dir, String scenarios) throws IOException {
    Path folder = dir.resolve("mytown");
    Files.createDirectories(folder.resolve("scenarios"));
    Files.writeString(folder.resolve("locality.properties"), "extends=national\ndescription=test\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("scenarios/derive-no-unit-type.jsonl"), scenarios, StandardCharsets.UTF_8);
    return folder;
  }
}
