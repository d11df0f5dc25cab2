package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path dir;

  private Path merged;

  @BeforeEach
  void merge() throws IOException {
    merged = dir.resolve("merged.jsonl");
    CommandRun.of("merge",
        "--source", "公安=" + BatchFixtures.publicSecurity(dir) + ":2",
        "--source", "医保=" + BatchFixtures.medical(dir) + ":1",
        "--source", "养老=" + BatchFixtures.pension(dir), "--out", merged.toString());
  }

  @Test
  @DisplayName("issue 7: report --quarter 2026Q3 --population FILE --in FILE: 17 columns per city and the total, checks hold")
  void report() throws IOException {
    CommandRun run = CommandRun.of("report", "--quarter", "2026Q3", "--population", BatchFixtures.population(dir, 5, 5).toString(),
        "--in", merged.toString(), "--as-of", "2026-11-23");
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("序号,城市代码,城市,1 户籍人口数,");
    // 广州: 张三, 李四, 赵六 insured locally (3); 坏号 and 王五 not found insured (7); 王小五 has no division.
    assertThat(lines.get(1)).startsWith("1,440100,广州市,5,5,3,0,0,0,2,0,");
    assertThat(lines.get(2)).startsWith("2,(未知),(未知),0,0,0,0,0,0,0,0,");
    assertThat(lines.get(3)).startsWith("合计,,合计,5,5,3,0,0,0,2,0,");
    assertThat(run.err()).contains("report 2026Q3 (national): 6 records read, 0 skipped (unreadable), 2 cities, 0 failed checks");
  }

  @Test
  @DisplayName("issue 7: a failing logical check is reported with its row, in the CSV and on stderr; JSON on request")
  void failedCheck() throws IOException {
    Path population = BatchFixtures.population(dir, 9, 9);
    CommandRun run = CommandRun.of("report", "--quarter", "2026Q3", "--population", population.toString(),
        "--in", merged.toString(), "--as-of", "2026-11-23");
    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(1)).endsWith("\"(1) = (3) − (4) + (5) + (6) + (7): (1) = 9, (3) − (4) + (5) + (6) + (7) = 3 − 0 + 0 + 0 + 2 = 5\"");
    assertThat(run.err()).contains("report: check failed: 440100 广州市: (1) = (3) − (4) + (5) + (6) + (7)");
    CommandRun json = CommandRun.of("report", "--quarter", "2026Q3", "--population", population.toString(),
        "--in", merged.toString(), "--as-of", "2026-11-23", "--format", "json");
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.get("quarter").asText()).isEqualTo("2026Q3");
    assertThat(report.get("rows").get(0).get("values").get("3").asLong()).isEqualTo(3);
    assertThat(report.get("failedChecks").get(0).get("city").asText()).isEqualTo("440100");
  }

  @Test
  @DisplayName("cli.md: a bad quarter or a missing population file → exit 2; an unreadable population line → exit 1")
  void problems() throws IOException {
    Path population = BatchFixtures.population(dir, 5, 5);
    assertThat(CommandRun.of("report", "--quarter", "2026Q5", "--population", population.toString(), "--in", merged.toString()).status()).isEqualTo(2);
    assertThat(CommandRun.of("report", "--quarter", "2026Q3", "--population", dir.resolve("none.csv").toString(), "--in", merged.toString()).status()).isEqualTo(2);
    java.nio.file.Files.writeString(population, "city,name,population,obtained\n440100,广州市,five,5\n");
    CommandRun run = CommandRun.of("report", "--quarter", "2026Q3", "--population", population.toString(), "--in", merged.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("population.csv:2: a figure is not a whole number");
  }
}
