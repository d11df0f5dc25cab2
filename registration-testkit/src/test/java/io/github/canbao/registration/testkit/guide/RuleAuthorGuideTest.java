package io.github.canbao.registration.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.json.RegistrationJson;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.LoadResult;
import io.github.canbao.registration.rules.RuleProblem;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import io.github.canbao.registration.rules.scenario.ScenarioResult;
import io.github.canbao.registration.rules.scenario.ScenarioRunner;
import io.github.canbao.registration.rules.scenario.ScenarioTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows docs/rule-authors.md step by step: every fenced block marked {@code file=… step=N} is
 * written where it says, in order, and each step's claim is checked. The page and the test cannot
 * drift apart.
 */
@DisplayName("docs/rule-authors.md: every step works as written")
class RuleAuthorGuideTest {

  private static final Path GUIDE = Path.of("..", "docs", "rule-authors.md");
  private static final Pattern BLOCK =
      Pattern.compile("```\\w+ file=(\\S+) step=(\\d+)\\n(.*?)```", Pattern.DOTALL);
  private static final DeriveOptions AS_OF = DeriveOptions.asOf(LocalDate.of(2026, 11, 23));

  record Block(String file, int step, String text) {}

  @Test
  void followTheGuide(@TempDir Path work) throws IOException {
    List<Block> blocks = blocks();
    assertThat(blocks).extracting(Block::step).contains(2, 3, 4, 5, 6, 8);
    Path folder = work.resolve("shenzhen");

    // 2. Start a locality: it loads, extends guangdong, and derives as guangdong does.
    write(blocks, 2, work);
    RuleSet started = load(folder);
    assertThat(started.chain()).containsExactly("shenzhen", "guangdong", "national");
    RegistrationRecord man61 = record("{\"aac006\": \"19650101\", \"aac004\": \"1\", \"hukouLocal\": true}");
    assertThat(started.derive(man61, AS_OF).noUnitType()).contains("5");

    // 3. Change a threshold: the man of 61 is now 3 未就业.
    write(blocks, 3, work);
    assertThat(load(folder).derive(man61, AS_OF).noUnitType()).contains("3");

    // 4. Add a reason code and the rule that sets it; validation accepts it and explains it.
    write(blocks, 4, work);
    RuleSet withReason = load(folder);
    RegistrationRecord ill =
        withReason.validate(record("{\"aac006\": \"19800101\", \"aac004\": \"2\", \"aac012\": \"90\", \"hukouLocal\": true}"), AS_OF);
    assertThat(ill.nonEnrolmentReason()).contains("50");
    assertThat(ill.violations()).noneMatch(v -> v.field().equals("nonEnrolmentReason"));
    assertThat(ill.explanations()).anyMatch(e -> e.rule().equals("non-enrolment: long-term illness (Shenzhen)"));

    // 5. Override a rule by file name: evidence alone no longer makes a person employed.
    RegistrationRecord evidenceOnly =
        record("{\"aac006\": \"19800101\", \"aac004\": \"1\", \"hukouLocal\": true, \"evidence\": [\"EMPLOYED_AT_UNIT\"]}");
    assertThat(withReason.derive(evidenceOnly, AS_OF).employmentState()).contains("1");
    write(blocks, 5, work);
    RuleSet overridden = load(folder);
    assertThat(overridden.derive(evidenceOnly, AS_OF).employmentState()).contains("2");

    // 6. A compile error names file and line; deleting the file makes the folder load again.
    write(blocks, 6, work);
    LoadResult broken = RuleSets.load(folder);
    assertThat(broken.ruleSet()).isEmpty();
    RuleProblem problem = broken.problems().get(0);
    assertThat(problem.file()).endsWith("derive-broken.drl");
    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.toString()).contains("derive-broken.drl:5:");
    Files.delete(folder.resolve("derive-broken.drl"));

    // 7. Explanations read as the guide shows.
    RegistrationRecord child = record("{\"aac006\": \"20160901\", \"aac004\": \"1\", \"hukouLocal\": true}");
    assertThat(load(folder).derive(child, AS_OF).explanations())
        .anySatisfy(e -> assertThat(e.describe()).isEqualTo(
            "noUnitType=2 by rule \"no-unit: student by evidence, person status or age 6-15 at the reference day\" (age at 2026-08-31 = 9)"));
    assertThat(Files.readString(GUIDE, StandardCharsets.UTF_8))
        .contains("noUnitType=2 by rule \"no-unit: student by evidence, person status or age 6-15 at the reference day\" (age at 2026-08-31 = 9)");

    // 8. The scenario table passes.
    write(blocks, 8, work);
    List<ScenarioResult> results = ScenarioRunner.run(load(folder), ScenarioTable.readFolder(folder));
    assertThat(results).hasSize(3).allSatisfy(r -> assertThat(r.passed()).as(r.describe()).isTrue());
  }

  private static RuleSet load(Path folder) {
    LoadResult result = RuleSets.load(folder);
    assertThat(result.problems()).isEmpty();
    return result.ruleSet().orElseThrow();
  }

  private static RegistrationRecord record(String json) throws IOException {
    return RegistrationJson.mapper().readValue(json, RegistrationRecord.class);
  }

  private static List<Block> blocks() throws IOException {
    String text = Files.readString(GUIDE, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      blocks.add(new Block(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
    }
    return blocks;
  }

  private static void write(List<Block> blocks, int step, Path work) throws IOException {
    for (Block block : blocks) {
      if (block.step() == step) {
        Path file = work.resolve(block.file());
        Files.createDirectories(file.getParent());
        Files.writeString(file, block.text(), StandardCharsets.UTF_8);
      }
    }
  }
}
