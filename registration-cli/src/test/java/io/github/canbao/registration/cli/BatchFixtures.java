package io.github.canbao.registration.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Extracts for merge, survey-list and report (comparison-and-reports.md), written into a test's folder. */
final class BatchFixtures {

  static final String A = "440106198001010019";
  static final String B = "440106199005050020";
  static final String C15 = "440106850303003";
  static final String C18 = "440106198503030036";
  static final String X = "44010619750101007X";
  static final String INVALID = "440106198001010012";

  private BatchFixtures() {}

  /** Public security (priority 2): four people, one 15-digit number, one lower-case x, one bad check digit. */
  static Path publicSecurity(Path dir) throws IOException {
    return Files.writeString(dir.resolve("ga.jsonl"), String.join("\n",
        "{\"aac002\":\"" + A + "\",\"aac003\":\"张三\",\"aac006\":\"19800101\",\"aac004\":\"1\",\"hukouLocal\":true,"
            + "\"hukouDivision\":\"440106\",\"hukouStreetName\":\"石牌街道\",\"hukouStreetCode\":\"440106001\","
            + "\"hukouCommunityName\":\"华师社区\",\"hukouCommunityCode\":\"440106001001\",\"aae006\":\"天河区石牌街道华师社区1号\","
            + "\"aab301\":\"440106\",\"phone\":\"13800138000\",\"aae036\":\"2026-01-01T00:00:00\"}",
        "{\"aac002\":\"" + C15 + "\",\"aac003\":\"李四\",\"hukouLocal\":true,\"hukouDivision\":\"440106\",\"aae006\":\"天河区2号\"}",
        "{\"aac002\":\"" + B + "\",\"aac003\":\"王五\",\"aac006\":\"19900505\",\"hukouLocal\":true,\"hukouDivision\":\"440106\"}",
        "{\"aac002\":\"" + X.toLowerCase() + "\",\"aac003\":\"赵六\",\"hukouLocal\":true,\"hukouDivision\":\"440106\"}",
        "{\"aac002\":\"" + INVALID + "\",\"aac003\":\"坏号\",\"hukouLocal\":true,\"aab301\":\"440106\"}") + "\n", StandardCharsets.UTF_8);
  }

  /** Medical insurance (priority 1): another phone, two medical enrolments, a different name for B, a broken line 4. */
  static Path medical(Path dir) throws IOException {
    return Files.writeString(dir.resolve("yb.jsonl"), String.join("\n",
        "{\"aac002\":\"" + A + "\",\"aac003\":\"张三\",\"phone\":\"13900139000\",\"aae036\":\"2026-06-01T00:00:00\","
            + "\"enrolments\":[{\"aae140\":\"310\",\"aac008\":\"1\",\"since\":\"20100101\",\"place\":\"440100\"},"
            + "{\"aae140\":\"390\",\"aac008\":\"1\",\"since\":\"20200101\",\"place\":\"440100\"}]}",
        "{\"aac002\":\"" + C18 + "\",\"aac003\":\"李四\",\"enrolments\":[{\"aae140\":\"390\",\"aac008\":\"1\",\"since\":\"20200101\",\"place\":\"440100\"}]}",
        "{\"aac002\":\"" + B + "\",\"aac003\":\"王小五\",\"aac006\":\"19900505\"}",
        "not json",
        "{\"aac002\":\"" + X + "\",\"aac003\":\"赵六\",\"benefits\":[{\"aae140\":\"110\",\"status\":\"1\"},{\"aae140\":\"120\",\"status\":\"1\"}]}")
        + "\n", StandardCharsets.UTF_8);
  }

  /** Pension (default priority): a pension enrolment for A. */
  static Path pension(Path dir) throws IOException {
    return Files.writeString(dir.resolve("yl.jsonl"),
        "{\"aac002\":\"" + A + "\",\"aac003\":\"张三\",\"enrolments\":[{\"aae140\":\"110\",\"aac008\":\"1\",\"since\":\"20050101\",\"place\":\"440100\"}]}\n",
        StandardCharsets.UTF_8);
  }

  /** Population figures of Guangzhou. */
  static Path population(Path dir, long population, long obtained) throws IOException {
    return Files.writeString(dir.resolve("population.csv"),
        "city,name,population,obtained\n440100,广州市," + population + "," + obtained + "\n", StandardCharsets.UTF_8);
  }
}
