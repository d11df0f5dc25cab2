package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationCommandTest {

  @Test
  @DisplayName("cli.md: without a subcommand, the usage on stderr and exit status 2")
  void noSubcommand() {
    CommandRun run = CommandRun.of();
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: registration", "derive", "validate", "localities", "check-rules", "demo", "id");
  }

  @Test
  @DisplayName("cli.md: unusable arguments exit with 2")
  void unusableArguments() {
    assertThat(CommandRun.of("--no-such-option").status()).isEqualTo(2);
    assertThat(CommandRun.of("no-such-command").status()).isEqualTo(2);
    assertThat(CommandRun.of("id").status()).isEqualTo(2);
    assertThat(CommandRun.of("id", "check", "--as-of", "yesterday", "110105491231002").status()).isEqualTo(2);
    assertThat(CommandRun.of("derive").status()).isEqualTo(2);
    assertThat(CommandRun.of("derive", "--locality", "guangdong", "--format", "xml").status()).isEqualTo(2);
    assertThat(CommandRun.of("derive", "--locality", "guangdong", "--compared-at", "2026-11-23").status()).isEqualTo(2);
    assertThat(CommandRun.of("validate", "--locality", "guangdong", "--lang", "fr").status()).isEqualTo(2);
    assertThat(CommandRun.of("derive", "--locality", "guangdong", "--charset", "NO-SUCH-CHARSET").status()).isEqualTo(2);
    assertThat(CommandRun.of("check-rules", "--locality", "guangdong").status()).isEqualTo(2);
  }

  @Test
  @DisplayName("--help and --version go to stdout with exit status 0")
  void helpAndVersion() {
    CommandRun help = CommandRun.of("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Exit status");
    assertThat(CommandRun.of("--version").out()).startsWith("registration ");
    assertThat(CommandRun.of("help", "derive").out()).contains("--locality", "--rules", "--overwrite");
  }

  @Test
  @DisplayName("demo --size is hidden from the help")
  void demoSizeHidden() {
    assertThat(CommandRun.of("demo", "--help").out()).contains("--dir").doesNotContain("--size");
  }
}
