package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeriveCommandTest {

  @TempDir Path dir;

  @Test
  @DisplayName("cli.md derive: records out in input order with derived fields and explanations; summary on stderr")
  void derives() throws IOException {
    CommandRun run =
        CommandRun.of("derive", "--locality", "guangdong", "--as-of", "2026-11-23", "--in", Fixtures.goodJsonLines(dir).toString());
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).contains("\"aac003\":\"陈小明\"", "\"noUnitType\":\"2\"", "\"explanations\":[");
    assertThat(run.outLines().get(1)).contains("\"aac003\":\"李四\"", "\"noUnitType\":\"3\"");
    assertThat(run.err()).contains("2 read, 2 written, 0 skipped");
  }

  @Test
  @DisplayName("cli.md derive: records from stdin, to --out")
  void stdinToFile() throws IOException {
    Path out = dir.resolve("out.jsonl");
    CommandRun run =
        CommandRun.withStdin(Fixtures.CHILD + "\n", "derive", "--locality", "guangdong", "--out", out.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllLines(out)).singleElement().asString().contains("\"employmentState\":\"2\"");
  }

  @Test
  @DisplayName("cli.md records in: unreadable lines reported with their physical line number and reason, exit 1")
  void unreadableLines() throws IOException {
    CommandRun run =
        CommandRun.of("derive", "--locality", "guangdong", "--in", Fixtures.brokenJsonLines(dir).toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).contains("陈小明");
    assertThat(run.outLines().get(1)).contains("李四");
    assertThat(run.err())
        .contains("broken.jsonl:3: not a JSON object but an array")
        .contains("broken.jsonl:4: not a JSON object but a number")
        .contains("broken.jsonl:5: not a JSON object but null")
        .contains("broken.jsonl:6: broken JSON")
        .contains("2 read, 2 written, 4 skipped")
        .doesNotContain(":2:", ":7:", ":9:");
  }

  @Test
  @DisplayName("cli.md derive --overwrite: a given value differing from the derived one is a finding, or replaced")
  void overwrite() {
    String given = "{\"aac006\":\"20160901\",\"hukouLocal\":true,\"noUnitType\":\"3\"}\n";
    CommandRun kept = CommandRun.withStdin(given, "derive", "--locality", "guangdong", "--as-of", "2026-11-23");
    assertThat(kept.out()).contains("\"noUnitType\":\"3\"", "\"code\":\"DIFFERS\"");
    CommandRun replaced =
        CommandRun.withStdin(given, "derive", "--locality", "guangdong", "--as-of", "2026-11-23", "--overwrite");
    assertThat(replaced.out()).contains("\"noUnitType\":\"2\"");
  }

  @Test
  @DisplayName("record-format.md CSV: GB18030 input with --charset, the input's columns then the derived ones")
  void gb18030Csv() throws IOException {
    CommandRun run =
        CommandRun.of(
            "derive", "--locality", "guangdong", "--as-of", "2026-11-23", "--charset", "GB18030",
            "--in", Fixtures.gb18030Csv(dir).toString());
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).startsWith("aac002,aac003,aac006,aac004,hukouLocal,vendorColumn,").contains("noUnitType");
    assertThat(run.outLines().get(1)).contains("陈小明", "保留");
  }

  @Test
  @DisplayName("cli.md: a missing input file exits with 2")
  void missingInput() {
    CommandRun run = CommandRun.of("derive", "--locality", "guangdong", "--in", dir.resolve("nope.jsonl").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no such input file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  @DisplayName("cli.md: an unknown locality is rules that do not load: exit 2")
  void unknownLocality() {
    CommandRun run = CommandRun.withStdin(Fixtures.CHILD, "derive", "--locality", "atlantis");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("atlantis");
  }

  @Test
  @DisplayName("cli.md --rules: compile errors printed with file and line, exit 2")
  void brokenRules() throws IOException {
    CommandRun run =
        CommandRun.withStdin(
            Fixtures.CHILD, "derive", "--locality", "guangdong", "--rules", Fixtures.brokenRules(dir).toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).containsPattern("derive-broken\\.drl:8: ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  @DisplayName("cli.md --rules: a folder extending guangdong derives like guangdong; a note when it does not extend --locality")
  void rulesFolder() throws IOException {
    Path folder = Fixtures.rulesExtendingGuangdong(dir);
    CommandRun run =
        CommandRun.withStdin(Fixtures.CHILD, "derive", "--locality", "guangdong", "--rules", folder.toString(), "--as-of", "2026-11-23");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("\"noUnitType\":\"2\"");
    assertThat(run.err()).doesNotContain("note:");
    CommandRun other = CommandRun.withStdin(Fixtures.CHILD, "derive", "--locality", "beijing", "--rules", folder.toString());
    assertThat(other.status()).isZero();
    assertThat(other.err()).contains("note:", "not beijing");
  }

  @Test
  @DisplayName("cli.md records in: an empty input gives no records and exit 0")
  void emptyInput() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n\n", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("derive", "--locality", "national", "--in", empty.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("0 read");
  }

  @Test
  @DisplayName("derive --threads: 2,500 records on three deriving threads come out exactly as on one, in input order")
  void threads() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2_500; i++) {
      lines.append(String.format(
          "{\"aac001\":\"%d\",\"aac006\":\"%04d0615\",\"aac004\":\"%d\",\"hukouLocal\":%b%s}%n",
          i, 2026 - i % 90, 1 + i % 2, i % 3 != 0,
          i % 2 == 0 ? ",\"enrolments\":[{\"aae140\":\"390\",\"aac008\":\"1\",\"since\":\"20200101\",\"place\":\"440100\"}]" : ""));
    }
    Path in = dir.resolve("many.jsonl");
    Files.writeString(in, lines, StandardCharsets.UTF_8);
    CommandRun one = CommandRun.of("derive", "--locality", "guangdong", "--as-of", "2026-11-23", "--threads", "1", "--in", in.toString());
    CommandRun three = CommandRun.of("derive", "--locality", "guangdong", "--as-of", "2026-11-23", "--threads", "3", "--in", in.toString());
    assertThat(one.status()).isZero();
    assertThat(three.status()).isZero();
    assertThat(three.outLines()).hasSize(2_500).isEqualTo(one.outLines());
    assertThat(three.outLines().get(2_499)).startsWith("{\"aac001\":\"2499\"");
    assertThat(three.err()).contains("2,500 read, 2,500 written, 0 skipped");
  }

  @Test
  @DisplayName("derive --threads 0 is an unusable argument: exit 2")
  void noThreads() {
    CommandRun run = CommandRun.withStdin(Fixtures.CHILD + "\n", "derive", "--locality", "guangdong", "--threads", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--threads must be at least 1");
    assertThat(run.out()).isEmpty();
  }
}
