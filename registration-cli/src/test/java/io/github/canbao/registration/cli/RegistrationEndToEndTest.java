package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar run as a process, as {@code ./registration} runs it: exit statuses, what reaches
 * stdout and stderr, and that Drools works from one merged jar. Runs in the {@code integration-test}
 * phase, after {@code package} built the jar (its path in the system property {@code
 * registration.cli.jar}).
 */
class RegistrationEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("registration.cli.jar", "target/registration-cli.jar"));
    assertThat(jar).as("the shaded jar, built in package").isRegularFile();
  }

  /** One process run. */
  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    /** Nothing but the command's own words on stderr: no log line of a library. */
    void assertNoLogLines() {
      assertThat(err).doesNotContain("INFO", "HV000001", "WARN", "SLF4J", "KieProject");
    }
  }

  private static Run run(String stdin, String... args) {
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
      return new Run(
          process.exitValue(), new String(out.join(), StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      in.transferTo(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void assertJsonObjects(List<String> lines) {
    for (String line : lines) {
      try {
        assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }
  }

  @Test
  @DisplayName("cli.md localities: from the jar, exit 0, no log lines")
  void localities() {
    Run run = run("", "localities");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("national", "guangdong");
    assertThat(run.err()).isEmpty();
  }

  @Test
  @DisplayName("cli.md id check and id upgrade: the spec's examples, from arguments and from stdin")
  void identityNumbers() throws IOException {
    Run check = run("", "id", "check", "11010519491231002X", "110105194912310021");
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.outLines()).hasSize(2);
    JsonNode valid = JSON.readTree(check.outLines().get(0));
    assertThat(valid.get("valid").asBoolean()).isTrue();
    assertThat(valid.get("masked").asText()).isEqualTo("110105********002X");
    assertThat(valid.get("birthDate").asText()).isEqualTo("1949-12-31");
    assertThat(check.outLines().get(1))
        .isEqualTo("{\"valid\":false,\"kind\":\"CITIZEN_18\",\"masked\":\"110105********0021\",\"errors\":[\"ID_CHECK_DIGIT\"],\"warnings\":[]}");

    Run upgrade = run("110105491231002\n\nnot a number\n", "id", "upgrade");
    assertThat(upgrade.status()).isEqualTo(1);
    assertThat(upgrade.outLines()).containsExactly("11010519491231002X", "ERROR ID_LENGTH");
  }

  @Test
  @DisplayName("cli.md records in: broken lines (array, number, null, broken JSON, blank lines) → exit 1, good records out")
  void brokenLines() throws IOException {
    Run run = run("", "derive", "--locality", "guangdong", "--in", Fixtures.brokenJsonLines(dir).toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertJsonObjects(run.outLines());
    assertThat(run.err()).contains("broken.jsonl:3:", "broken.jsonl:4:", "broken.jsonl:5:", "broken.jsonl:6:");
    assertThat(run.err()).doesNotContain("broken.jsonl:2:", "broken.jsonl:7:", "broken.jsonl:8:");
    run.assertNoLogLines();
  }

  @Test
  @DisplayName("cli.md derive: stdin to stdout, nothing but records on stdout; Drools works from the shaded jar")
  void deriveThroughPipes() {
    Run run = run(Fixtures.CHILD + "\n" + Fixtures.ADULT + "\n", "derive", "--locality", "guangdong", "--as-of", "2026-11-23");
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertJsonObjects(run.outLines());
    assertThat(run.outLines().get(0)).contains("陈小明", "\"noUnitType\":\"2\"");
    run.assertNoLogLines();
  }

  @Test
  @DisplayName("record-format.md: GB18030 CSV in, UTF-8 CSV out")
  void gb18030() throws IOException {
    Run run =
        run("", "derive", "--locality", "guangdong", "--charset", "GB18030", "--in", Fixtures.gb18030Csv(dir).toString());
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(1)).contains("陈小明", "保留");
  }

  @Test
  @DisplayName("cli.md validate: --out file, summary on stderr, --lang en")
  void validate() throws IOException {
    Path out = dir.resolve("validated.jsonl");
    Run run =
        run("", "validate", "--locality", "guangdong", "--lang", "en", "--in", Fixtures.goodJsonLines(dir).toString(),
            "--out", out.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("valid ", "invalid ");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertJsonObjects(lines);
    assertThat(lines.get(0)).contains("\"violations\":[");
    run.assertNoLogLines();
  }

  @Test
  @DisplayName("cli.md --rules: a broken DRL folder → exit 2, file and line on stderr, no Drools log line")
  void brokenRules() throws IOException {
    Run run = run(Fixtures.CHILD, "derive", "--locality", "guangdong", "--rules", Fixtures.brokenRules(dir).toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).containsPattern("derive-broken\\.drl:8: ");
    assertThat(run.out()).isEmpty();
    run.assertNoLogLines();
  }

  @Test
  @DisplayName("check-rules: PASS/FAIL per scenario, exit 1 when one fails")
  void checkRules() throws IOException {
    Run run = run("", "check-rules", "--locality", "guangdong", "--scenarios", Fixtures.scenarios(dir).toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("PASS ", "FAIL ", "noUnitType: expected 3, got 2");
  }

  @Test
  @DisplayName("cli.md: unusable arguments and a missing input file exit with 2")
  void unusable() {
    assertThat(run("", "derive").status()).isEqualTo(2);
    Run missing = run("", "validate", "--locality", "guangdong", "--in", dir.resolve("missing.jsonl").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such input file");
  }

  @Test
  @DisplayName("cli.md demo: a smaller generated data set, derived and validated from the jar")
  void demo() {
    Run run = run("", "demo", "--size", "5000", "--dir", dir.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("records/s", "noUnitType: ", "most frequent violations", "validated.jsonl");
    run.assertNoLogLines();
  }
}
