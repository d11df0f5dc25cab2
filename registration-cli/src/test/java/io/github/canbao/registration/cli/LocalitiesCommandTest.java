package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocalitiesCommandTest {

  @Test
  @DisplayName("cli.md localities: the bundled localities, a name and a description a line")
  void lists() {
    CommandRun run = CommandRun.of("localities");
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(run.outLines().get(0)).startsWith("national ");
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("guangdong ").contains("Guangdong"));
    assertThat(run.err()).isEmpty();
  }
}
