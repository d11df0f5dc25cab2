package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdCheckCommandTest {

  @Test
  @DisplayName("cli.md id check: the spec's two examples (sex from the sequence number, GB 11643: 2 for an even digit)")
  void specExamples() {
    CommandRun run = CommandRun.of("id", "check", "--as-of", "2026-11-23", "11010519491231002X", "110105194912310021");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines())
        .containsExactly(
            "{\"valid\":true,\"kind\":\"CITIZEN_18\",\"masked\":\"110105********002X\",\"birthDate\":\"1949-12-31\","
                + "\"sex\":\"2\",\"division\":\"110105\",\"errors\":[],\"warnings\":[]}",
            "{\"valid\":false,\"kind\":\"CITIZEN_18\",\"masked\":\"110105********0021\",\"errors\":[\"ID_CHECK_DIGIT\"],\"warnings\":[]}");
    assertThat(run.err()).contains("2 checked, 1 invalid");
  }

  @Test
  @DisplayName("cli.md id check: all valid gives exit status 0; a 15-digit number has its 1900s birth date")
  void allValid() {
    CommandRun run = CommandRun.of("id", "check", "110105491231002");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("\"kind\":\"CITIZEN_15\"", "\"birthDate\":\"1949-12-31\"", "\"valid\":true");
  }

  @Test
  @DisplayName("cli.md id check: numbers one a line from stdin, blank lines skipped, in input order")
  void fromStdin() {
    CommandRun run = CommandRun.withStdin("11010519491231002X\n\n   \nabc\n110105491231002\n", "id", "check");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.outLines().get(0)).contains("\"valid\":true");
    assertThat(run.outLines().get(1)).isEqualTo(
        "{\"valid\":false,\"kind\":\"UNKNOWN\",\"masked\":\"***\",\"errors\":[\"ID_LENGTH\"],\"warnings\":[]}");
    assertThat(run.outLines().get(2)).contains("CITIZEN_15");
  }

  @Test
  @DisplayName("cli.md id check --strict: a lower-case x is ID_CHARSET; lenient, it is normalised")
  void strict() {
    assertThat(CommandRun.of("id", "check", "11010519491231002x").status()).isZero();
    CommandRun strict = CommandRun.of("id", "check", "--strict", "11010519491231002x");
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.out()).contains("\"errors\":[\"ID_CHARSET\"]");
  }

  @Test
  @DisplayName("cli.md id check --as-of: a birth date after the as-of date is ID_BIRTH_DATE")
  void asOf() {
    CommandRun run = CommandRun.of("id", "check", "--as-of", "1949-12-30", "11010519491231002X");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("ID_BIRTH_DATE").doesNotContain("birthDate");
  }
}
