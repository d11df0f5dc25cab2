package io.github.canbao.registration.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.facts.DerivationInputs;
import io.github.canbao.registration.testkit.person.People;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ClusterRuleSet: derive and validate on Spark equal one machine (issue 9)")
class ClusterRuleSetTest {

  private static final int RECORDS = 100_000;
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final DeriveOptions OPTIONS = DeriveOptions.asOf(AS_OF);

  private final SparkSession spark = LocalSpark.session();

  @Test
  @DisplayName("derive: 100,000 generated derivation inputs, the same lines as RuleSet.derive on one machine")
  void deriveEqualsSingleMachine(@TempDir Path folder) throws IOException {
    List<RegistrationRecord> inputs = Seed.of(20261123L).sample(DerivationInputs.records(), RECORDS);
    Dataset<String> lines = textFile(folder, LocalSpark.lines(inputs, false));
    assertThat(lines.rdd().getNumPartitions()).as("the input is cut into partitions").isGreaterThan(2);

    ClusterRuleSet rules = ClusterRuleSet.load(spark, RuleSource.bundled("guangdong"));
    RecordLines derived = rules.derive(lines, OPTIONS);
    List<String> onSpark = derived.records().collectAsList();

    List<String> oneMachine = inBatches(rules.ruleSet(), inputs, false);
    SameLines.assertSame(onSpark, oneMachine);
    assertThat(derived.unreadableLines()).isZero();
  }

  @Test
  @DisplayName("validate: 100,000 generated person records, the same lines as RuleSet.validate on one machine")
  void validateEqualsSingleMachine(@TempDir Path folder) throws IOException {
    List<RegistrationRecord> inputs = Seed.of(20261124L).sample(People.records(), RECORDS);
    Dataset<String> lines = textFile(folder, LocalSpark.lines(inputs, false));

    ClusterRuleSet rules = ClusterRuleSet.load(spark, RuleSource.bundled("guangdong"));
    RecordLines validated = rules.validate(lines, OPTIONS);
    List<String> onSpark = validated.records().collectAsList();

    List<String> oneMachine = inBatches(rules.ruleSet(), inputs, true);
    SameLines.assertSame(onSpark, oneMachine);
    assertThat(validated.unreadableLines()).isZero();
  }

  @Test
  @DisplayName("a line that holds no record is counted with a masked reason; the job goes on (cli.md)")
  void unreadableLinesAreCounted(@TempDir Path folder) throws IOException {
    List<RegistrationRecord> inputs = Seed.of(7L).sample(DerivationInputs.records(), 50);
    List<String> lines = new ArrayList<>(LocalSpark.lines(inputs, false));
    lines.add(10, "{\"aac002\": \"440106199001010011\", ");
    lines.add(20, "[1, 2, 3]");
    lines.add(30, "");

    ClusterRuleSet rules = ClusterRuleSet.load(spark, RuleSource.bundled("national"));
    RecordLines derived = rules.derive(textFile(folder, lines), OPTIONS);

    assertThat(derived.records().count()).isEqualTo(50);
    assertThat(derived.unreadableLines()).isEqualTo(2);
    assertThat(derived.unreadableReasons())
        .hasSize(2)
        .allSatisfy(reason -> assertThat(reason).startsWith("partition ").doesNotContain("440106199001010011"));
  }

  /**
   * The single-machine run: RuleSet's own batches of 1,000, in order, each written as the library's
   * writer writes it (line by line, so that 100,000 derived records are never held at once).
   */
  private static List<String> inBatches(RuleSet rules, List<RegistrationRecord> inputs, boolean validate) {
    List<String> out = new ArrayList<>(inputs.size());
    for (int from = 0; from < inputs.size(); from += RuleSet.BATCH_SIZE) {
      List<RegistrationRecord> batch = inputs.subList(from, Math.min(inputs.size(), from + RuleSet.BATCH_SIZE));
      out.addAll(LocalSpark.lines(validate ? rules.validate(batch, OPTIONS) : rules.derive(batch, OPTIONS), validate));
    }
    return out;
  }

  private Dataset<String> textFile(Path folder, List<String> lines) throws IOException {
    Path file = folder.resolve("in.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return DatasetFormat.JSON_LINES.read(spark, file.toString());
  }
}
