package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path dir;

  @Test
  @DisplayName("cli.md validate: records with violations, summary of valid, invalid and frequent codes")
  void validates() throws IOException {
    CommandRun run =
        CommandRun.of("validate", "--locality", "guangdong", "--as-of", "2026-11-23", "--in", Fixtures.goodJsonLines(dir).toString());
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"violations\":["));
    assertThat(run.err()).contains("valid ", "invalid ", "most frequent violations", "REQUIRED");
  }

  @Test
  @DisplayName("cli.md validate: a valid record is written back with \"violations\": [] (an empty array, not no key)")
  void validRecordCarriesAnEmptyViolationsArray() throws IOException {
    var record = io.github.canbao.registration.testkit.person.People.records().category(1)
        .next(new java.util.SplittableRandom(1));
    String line = io.github.canbao.registration.model.json.RegistrationJson.mapper().writeValueAsString(record) + "\n";
    CommandRun run = CommandRun.withStdin(line, "validate", "--locality", "guangdong", "--as-of", "2026-11-23");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"violations\":[]");
    CommandRun derived = CommandRun.withStdin(line, "derive", "--locality", "guangdong", "--as-of", "2026-11-23");
    assertThat(derived.out()).doesNotContain("\"violations\"");
  }

  @Test
  @DisplayName("cli.md validate --lang en: messages in English; zh by default")
  void language() {
    String broken = "{\"aac002\":\"110105194912310021\",\"aac006\":\"19491231\"}\n";
    CommandRun english = CommandRun.withStdin(broken, "validate", "--locality", "national", "--lang", "en");
    assertThat(english.out()).contains("ID_CHECK_DIGIT", "check character");
    CommandRun chinese = CommandRun.withStdin(broken, "validate", "--locality", "national");
    assertThat(chinese.out()).contains("ID_CHECK_DIGIT", "校验码");
  }

  @Test
  @DisplayName("cli.md records in: validate reports unreadable lines too, exit 1")
  void unreadableLines() throws IOException {
    CommandRun run = CommandRun.of("validate", "--locality", "guangdong", "--in", Fixtures.brokenJsonLines(dir).toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.err()).contains("broken.jsonl:3:", "broken.jsonl:6:");
  }
}
