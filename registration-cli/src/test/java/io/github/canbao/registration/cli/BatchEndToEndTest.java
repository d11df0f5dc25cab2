package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * merge → survey-list → report with the shaded jar run as a process, as {@code ./registration} runs
 * it (issue 7; {@code comparison-and-reports.md}). Runs in the {@code integration-test} phase.
 */
class BatchEndToEndTest {

  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("registration.cli.jar", "target/registration-cli.jar"));
    assertThat(jar).as("the shaded jar, built in package").isRegularFile();
  }

  record Run(int status, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("issue 7: merge, survey-list and report from the jar; summaries on stderr, no log lines, numbers whole only in data")
  void pipeline() throws Exception {
    Path merged = dir.resolve("merged.jsonl");
    Run merge = run("merge",
        "--source", "公安=" + BatchFixtures.publicSecurity(dir) + ":2",
        "--source", "医保=" + BatchFixtures.medical(dir) + ":1",
        "--source", "养老=" + BatchFixtures.pension(dir), "--out", merged.toString());
    assertThat(merge.status()).as(merge.err()).isEqualTo(1);
    assertThat(merge.out()).isEmpty();
    assertThat(merge.err()).contains("yb.jsonl:4:", "merge (3 sources):").doesNotContain("INFO", "WARN", "SLF4J", BatchFixtures.A);
    List<String> lines = Files.readAllLines(merged, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(6);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("aac002").asText()).isEqualTo(BatchFixtures.X);

    Path csv = dir.resolve("survey.csv");
    Run list = run("survey-list", "--locality", "guangdong", "--in", merged.toString(), "--out", csv.toString());
    assertThat(list.status()).as(list.err()).isZero();
    assertThat(list.err()).contains("need a survey").doesNotContain("INFO", "WARN", "SLF4J");
    assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(7).first().asString().startsWith("区县代码,");

    Run report = run("report", "--quarter", "2026Q3", "--population", BatchFixtures.population(dir, 5, 5).toString(), "--in", merged.toString());
    assertThat(report.status()).as(report.err()).isZero();
    assertThat(report.out().lines().toList()).hasSize(4);
    assertThat(report.out()).contains("1,440100,广州市,5,5,3,0,0,0,2,0,");
    assertThat(report.err()).contains("0 failed checks").doesNotContain("INFO", "WARN", "SLF4J");
  }
}
