package io.github.canbao.registration.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the Java sample of the README ({@link GuideSamples}). */
@DisplayName("README.md: the Java sample compiles and does what the README says")
class ReadmeSamplesTest {

  @Test
  void sampleCompilesAndRuns(@TempDir Path work) throws Exception {
    assertThat(GuideSamples.readme().compileAndRun(work)).as("mains run").isEqualTo(1);
  }
}
