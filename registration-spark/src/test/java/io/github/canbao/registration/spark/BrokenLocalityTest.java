package io.github.canbao.registration.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.spark.job.RegistrationSparkJob;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("A broken locality folder fails the job before any data is read, with file and line (issue 9)")
class BrokenLocalityTest {

  private static Path brokenFolder(Path parent) throws IOException {
    Path folder = Files.createDirectories(parent.resolve("shenzhen"));
    Files.writeString(folder.resolve("locality.properties"), "extends=guangdong\ndescription=test\n");
    Files.writeString(
        folder.resolve("derive-extra.drl"),
        "package io.github.canbao.registration.rules.shenzhen;\n\nrule \"broken\"\nwhen\n  Person( age > )\nthen\nend\n");
    return folder;
  }

  @Test
  @DisplayName("ClusterRuleSet.load throws with every problem's file and line")
  void loadFails(@TempDir Path parent) throws IOException {
    Path folder = brokenFolder(parent);
    assertThatThrownBy(() -> ClusterRuleSet.load(LocalSpark.session(), RuleSource.folder(folder)))
        .isInstanceOf(BrokenLocalityException.class)
        .hasMessageContaining(folder.resolve("derive-extra.drl") + ":5:")
        .satisfies(e -> assertThat(((BrokenLocalityException) e).problems())
            .anySatisfy(p -> assertThat(p.line()).isEqualTo(5)));
  }

  @Test
  @DisplayName("the job exits 2 and names file:line; the input (absent here) is never opened, no output is written")
  void jobFailsBeforeReading(@TempDir Path parent) throws IOException {
    Path folder = brokenFolder(parent);
    LocalSpark.session();
    StringWriter err = new StringWriter();
    CommandLine job = RegistrationSparkJob.commandLine().setErr(new PrintWriter(err, true));
    int status = job.execute(
        "derive", "--rules", folder.toString(), "--as-of", "2026-11-23",
        "--in", parent.resolve("no-such-input").toString(), "--out", parent.resolve("out").toString());

    assertThat(status).isEqualTo(2);
    // Had the input been read first, Spark would have failed on the missing path instead.
    assertThat(err.toString()).contains(folder.resolve("derive-extra.drl") + ":5:").doesNotContain("no-such-input");
    assertThat(parent.resolve("out")).doesNotExist();
  }
}
