package io.github.canbao.registration.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files the command tests share, written into a test's temporary folder. */
final class Fixtures {

  /** A nine-year-old with a local hukou: derives employment state 2, no-unit type 2 (student by age). */
  static final String CHILD =
      "{\"aac002\":\"440106201609010011\",\"aac003\":\"陈小明\",\"aac006\":\"20160901\",\"aac004\":\"1\",\"hukouLocal\":true}";

  /** An adult with a hukou elsewhere and nothing else known. */
  static final String ADULT = "{\"aac003\":\"李四\",\"aac006\":\"19800101\",\"hukouLocal\":false}";

  private Fixtures() {}

  /**
   * JSON Lines with two good records (lines 1 and 8) and, between them, a blank line (2), an array
   * (3), a number (4), {@code null} (5), broken JSON (6) and another blank line (7).
   */
  static Path brokenJsonLines(Path dir) throws IOException {
    String text =
        CHILD + "\n"
            + "\n"
            + "[1,2]\n"
            + "42\n"
            + "null\n"
            + "{\"aac002\": broken\n"
            + "   \n"
            + ADULT + "\n"
            + "\n";
    return Files.writeString(dir.resolve("broken.jsonl"), text, StandardCharsets.UTF_8);
  }

  /** Two good records, JSON Lines. */
  static Path goodJsonLines(Path dir) throws IOException {
    return Files.writeString(dir.resolve("people.jsonl"), CHILD + "\n" + ADULT + "\n", StandardCharsets.UTF_8);
  }

  /** The child as CSV in GB18030 (its name is not ASCII). */
  static Path gb18030Csv(Path dir) throws IOException {
    String text = "aac002,aac003,aac006,aac004,hukouLocal,vendorColumn\n440106201609010011,陈小明,20160901,1,true,保留\n";
    return Files.write(dir.resolve("people-gb18030.csv"), text.getBytes(Charset.forName("GB18030")));
  }

  /** A locality folder whose DRL file has a syntax error on line 8. */
  static Path brokenRules(Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("broken-rules"));
    Files.writeString(folder.resolve("locality.properties"), "extends=guangdong\ndescription=a syntax error\n");
    Files.writeString(
        folder.resolve("derive-broken.drl"),
        """
        package io.github.canbao.registration.rules.broken;

        import io.github.canbao.registration.rules.facts.Person;

        rule "broken: a syntax error"
        when
          $p : Person( )
          this is not drl
        then
        end
        """);
    return folder;
  }

  /** A locality folder that only extends guangdong and says so. */
  static Path rulesExtendingGuangdong(Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("shenzhen"));
    Files.writeString(folder.resolve("locality.properties"), "extends=guangdong\ndescription=Shenzhen, as Guangdong\n");
    return folder;
  }

  /** A scenario table: line 1 passes, line 3 fails (expects no-unit type 3 of a student). */
  static Path scenarios(Path dir) throws IOException {
    String pass =
        "{\"name\": \"a nine-year-old is a student by age\", \"asOf\": \"2026-11-23\", \"record\": " + CHILD
            + ", \"expect\": {\"employmentState\": \"2\", \"noUnitType\": \"2\"}}";
    String fail =
        "{\"name\": \"a nine-year-old is not employed (wrong on purpose)\", \"asOf\": \"2026-11-23\", \"record\": " + CHILD
            + ", \"expect\": {\"noUnitType\": \"3\"}}";
    return Files.writeString(dir.resolve("scenarios.jsonl"), pass + "\n\n" + fail + "\n", StandardCharsets.UTF_8);
  }

  /** A scenario table whose only scenario passes. */
  static Path passingScenarios(Path dir) throws IOException {
    String pass =
        "{\"name\": \"a nine-year-old is a student by age\", \"asOf\": \"2026-11-23\", \"record\": " + CHILD
            + ", \"expect\": {\"noUnitType\": \"2\", \"nonEnrolmentReason\": \"21\"}}";
    return Files.writeString(dir.resolve("passing.jsonl"), pass + "\n", StandardCharsets.UTF_8);
  }
}
