package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private List<JsonNode> records(String text) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : text.lines().toList()) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  private static List<String> codes(JsonNode record) {
    List<String> codes = new ArrayList<>();
    record.path("findings").forEach(f -> codes.add(f.get("code").asText()));
    return codes;
  }

  @Test
  @DisplayName("issue 7: merge --source NAME=FILE[:PRIORITY] … --out FILE: one record per person, findings, unreadable line reported, exit 1")
  void merge() throws IOException {
    Path out = dir.resolve("merged.jsonl");
    CommandRun run = CommandRun.of("merge",
        "--source", "公安=" + BatchFixtures.publicSecurity(dir) + ":2",
        "--source", "医保=" + BatchFixtures.medical(dir) + ":1",
        "--source", "养老=" + BatchFixtures.pension(dir),
        "--out", out.toString());
    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("yb.jsonl:4: ", "merge (3 sources): 10 read, 1 skipped (unreadable), 4 keys, 6 written");
    List<JsonNode> merged = records(Files.readString(out));
    assertThat(merged).extracting(r -> r.get("aac002").asText()).containsExactly(
        BatchFixtures.X, BatchFixtures.A, BatchFixtures.C18, BatchFixtures.B, BatchFixtures.B, BatchFixtures.INVALID);
    JsonNode a = merged.get(1);
    assertThat(a.get("phone").asText()).isEqualTo("13800138000");
    assertThat(a.get("enrolments")).hasSize(3);
    assertThat(codes(a)).containsExactlyInAnyOrder("CONFLICT", "DUPLICATE_ENROLMENT");
    assertThat(a.get("provenance").toString()).contains("\"phone=公安\"", "\"enrolments=养老+医保\"");
    assertThat(codes(merged.get(0))).containsExactly("DUPLICATE_BENEFIT");
    assertThat(merged.get(2).get("aae006").asText()).isEqualTo("天河区2号");
    assertThat(codes(merged.get(3))).containsExactly("SAME_KEY_DIFFERENT_PERSON");
    assertThat(codes(merged.get(4))).containsExactly("SAME_KEY_DIFFERENT_PERSON");
    assertThat(codes(merged.get(5))).containsExactly("INVALID_KEY");
  }

  @Test
  @DisplayName("issue 7: the same output whatever the order of the --source options; stdout without --out")
  void orderOfSources() throws IOException {
    String ga = "公安=" + BatchFixtures.publicSecurity(dir) + ":2";
    String yb = "医保=" + BatchFixtures.medical(dir) + ":1";
    String yl = "养老=" + BatchFixtures.pension(dir);
    CommandRun one = CommandRun.of("merge", "--source", ga, "--source", yb, "--source", yl);
    CommandRun two = CommandRun.of("merge", "--source", yl, "--source", yb, "--source", ga, "--chunk-chars", "300");
    assertThat(two.out()).isEqualTo(one.out()).isNotEmpty();
  }

  @Test
  @DisplayName("cli.md: unusable arguments → exit 2 (missing file, bad --source, the same name twice)")
  void unusable() throws IOException {
    String ga = "公安=" + BatchFixtures.publicSecurity(dir);
    assertThat(CommandRun.of("merge", "--source", "医保=" + dir.resolve("missing.jsonl")).status()).isEqualTo(2);
    assertThat(CommandRun.of("merge", "--source", "no-equals-sign").status()).isEqualTo(2);
    assertThat(CommandRun.of("merge", "--source", ga, "--source", ga).status()).isEqualTo(2);
    assertThat(CommandRun.of("merge").status()).isEqualTo(2);
  }
}
