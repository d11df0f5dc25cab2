package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdUpgradeCommandTest {

  @Test
  @DisplayName("cli.md id upgrade: 110105491231002 upgrades to 11010519491231002X; 18 digits echoed normalised")
  void upgrades() {
    CommandRun run = CommandRun.of("id", "upgrade", "110105491231002", "11010519491231002x");
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).containsExactly("11010519491231002X", "11010519491231002X");
  }

  @Test
  @DisplayName("cli.md id upgrade: an invalid number gives ERROR <code> in its place and exit status 1")
  void invalid() {
    CommandRun run = CommandRun.withStdin("110105491231002\n12345\n\n110105194912310021\n", "id", "upgrade");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly("11010519491231002X", "ERROR ID_LENGTH", "ERROR ID_CHECK_DIGIT");
  }
}
