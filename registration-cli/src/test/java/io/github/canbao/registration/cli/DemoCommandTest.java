package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @TempDir Path dir;

  @Test
  @DisplayName("cli.md demo: derive and validate a generated data set; rate, derived values, violations, files")
  void smallDemo() throws IOException {
    CommandRun run = CommandRun.of("demo", "--size", "2000", "--dir", dir.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("2,000 records, seed 20261123")
        .contains("records/s")
        .contains("employmentState: ", "noUnitType: ", "nonEnrolmentReason: ", "enrolmentCategory: ")
        .contains("aic003: ", "akc003: ", "alc003: ", "ajc003: ", "amc003: ")
        .contains("most frequent violations")
        .contains(dir.resolve("derived.jsonl").toString(), dir.resolve("validated.jsonl").toString());
    assertThat(Files.lines(dir.resolve("derived.jsonl")).count()).isEqualTo(2000);
    assertThat(Files.lines(dir.resolve("validated.jsonl")).count()).isEqualTo(2000);
  }

  @Test
  @DisplayName("demo: the same seed gives the same data set")
  void deterministic() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    assertThat(CommandRun.of("demo", "--size", "300", "--dir", first.toString()).status()).isZero();
    assertThat(CommandRun.of("demo", "--size", "300", "--dir", second.toString()).status()).isZero();
    assertThat(Files.readAllBytes(first.resolve("input.jsonl"))).isEqualTo(Files.readAllBytes(second.resolve("input.jsonl")));
    assertThat(Files.readAllBytes(first.resolve("derived.jsonl"))).isEqualTo(Files.readAllBytes(second.resolve("derived.jsonl")));
  }
}
