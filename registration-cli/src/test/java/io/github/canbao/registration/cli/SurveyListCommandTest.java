package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyListCommandTest {

  @TempDir Path dir;

  @Test
  @DisplayName("issue 7: survey-list --locality NAME --in FILE --out FILE.csv: the people who need a survey, grouped, with reasons")
  void surveyList() throws IOException {
    Path merged = dir.resolve("merged.jsonl");
    CommandRun merge = CommandRun.of("merge",
        "--source", "公安=" + BatchFixtures.publicSecurity(dir) + ":2",
        "--source", "医保=" + BatchFixtures.medical(dir) + ":1",
        "--source", "养老=" + BatchFixtures.pension(dir), "--out", merged.toString());
    assertThat(merge.status()).isEqualTo(1);
    Path csv = dir.resolve("list.csv");
    CommandRun run = CommandRun.of("survey-list", "--locality", "guangdong", "--as-of", "2026-11-23",
        "--in", merged.toString(), "--out", csv.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("survey-list (guangdong, as of 2026-11-23): 6 read, 6 need a survey, 0 skipped");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("区县代码,区县,街道（乡镇）编号,街道（乡镇）,社区（村）编号,社区（村）,序号,姓名,公民身份号码,就业状态,单位全称,无单位类型,户口所在地,常住所在地地址,联系电话,养老,医疗,工伤,失业,生育,备注,调查原因,原因代码");
    assertThat(lines).hasSize(7);
    assertThat(lines.get(1)).startsWith("440106,天河区,440106001,石牌街道,440106001001,华师社区,1,张三," + BatchFixtures.A);
    assertThat(String.join("\n", lines)).contains("INVALID_KEY", "SAME_KEY_DIFFERENT_PERSON", "PARTLY_INSURED", "NOT_INSURED", "同号不同人");
  }

  @Test
  @DisplayName("cli.md: an unreadable line is reported with its number (exit 1); a missing locality is exit 2")
  void problems() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"aac003\":\"甲\",\"hukouLocal\":true}\n[1]\n", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("survey-list", "--locality", "guangdong", "--in", in.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("in.jsonl:2: ");
    assertThat(run.outLines()).hasSize(2);
    assertThat(CommandRun.of("survey-list", "--in", in.toString()).status()).isEqualTo(2);
    assertThat(CommandRun.of("survey-list", "--locality", "atlantis", "--in", in.toString()).status()).isEqualTo(2);
  }
}
