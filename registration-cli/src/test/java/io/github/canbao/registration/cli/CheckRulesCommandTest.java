package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRulesCommandTest {

  @TempDir Path dir;

  @Test
  @DisplayName("check-rules: PASS or FAIL per scenario, each mismatch with its explanation; exit 1 on a failure")
  void failing() throws IOException {
    CommandRun run =
        CommandRun.of("check-rules", "--locality", "guangdong", "--scenarios", Fixtures.scenarios(dir).toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("PASS ", "a nine-year-old is a student by age")
        .contains("FAIL ", "scenarios.jsonl:3")
        .contains("noUnitType: expected 3, got 2", "no-unit: student");
    assertThat(run.err()).contains("2 scenarios, 1 passed, 1 failed");
  }

  @Test
  @DisplayName("check-rules: every scenario passes: exit 0; with --rules the folder's rules are checked")
  void passing() throws IOException {
    Path scenarios = Fixtures.passingScenarios(dir);
    assertThat(CommandRun.of("check-rules", "--locality", "guangdong", "--scenarios", scenarios.toString()).status()).isZero();
    CommandRun folder =
        CommandRun.of(
            "check-rules", "--locality", "guangdong", "--rules", Fixtures.rulesExtendingGuangdong(dir).toString(),
            "--scenarios", scenarios.toString());
    assertThat(folder.status()).isZero();
    assertThat(folder.out()).startsWith("PASS ");
  }

  @Test
  @DisplayName("check-rules: broken rules exit 2 with file and line; a missing table exits 2")
  void unusable() throws IOException {
    Path scenarios = Fixtures.passingScenarios(dir);
    CommandRun broken =
        CommandRun.of(
            "check-rules", "--locality", "guangdong", "--rules", Fixtures.brokenRules(dir).toString(), "--scenarios", scenarios.toString());
    assertThat(broken.status()).isEqualTo(2);
    assertThat(broken.err()).containsPattern("derive-broken\\.drl:8: ");
    CommandRun missing =
        CommandRun.of("check-rules", "--locality", "guangdong", "--scenarios", dir.resolve("none.jsonl").toString());
    assertThat(missing.status()).isEqualTo(2);
  }
}
