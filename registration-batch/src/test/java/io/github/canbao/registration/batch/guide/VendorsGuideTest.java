package io.github.canbao.registration.batch.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.testkit.guide.GuideSamples;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs every Java sample of docs/vendors.md ({@link GuideSamples}). It lives here, not
 * with the other guides in the testkit, because the page's batch sample needs this module.
 */
@DisplayName("docs/vendors.md: every Java sample compiles and does what the guide says")
class VendorsGuideTest {

  @Test
  void samplesCompileAndRun(@TempDir Path work) throws Exception {
    assertThat(GuideSamples.of("vendors.md").compileAndRun(work)).as("mains run").isEqualTo(5);
  }
}
