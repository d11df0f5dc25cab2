package io.github.canbao.registration.spark.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.batch.survey.NeedsSurvey;
import io.github.canbao.registration.batch.survey.SurveyList;
import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import io.github.canbao.registration.spark.DatasetFormat;
import io.github.canbao.registration.spark.LocalSpark;
import io.github.canbao.registration.spark.SameLines;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.facts.DerivationInputs;
import io.github.canbao.registration.testkit.person.People;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("RegistrationSparkJob: the spark-submit entry point (issue 9)")
class RegistrationSparkJobTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private final SparkSession spark = LocalSpark.session();

  @Test
  @DisplayName("derive with a locality folder, JSON Lines in and out: the records RuleSet.derive gives, exit 0")
  void deriveFolderJsonLines(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("shenzhen"));
    Files.writeString(folder.resolve("locality.properties"), "extends=guangdong\ndescription=Shenzhen test copy\n");
    List<RegistrationRecord> inputs = Seed.of(11L).sample(DerivationInputs.records(), 3_000);
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines(inputs, false), StandardCharsets.UTF_8);

    StringWriter err = new StringWriter();
    int status = run(err, "derive", "--rules", folder.toString(), "--as-of", AS_OF.toString(),
        "--in", in.toString(), "--out", dir.resolve("out").toString(), "--partitions", "3");

    assertThat(status).as(err.toString()).isZero();
    RuleSet rules = RuleSets.load(folder).ruleSet().orElseThrow();
    List<String> expected = sorted(lines(rules.derive(inputs, DeriveOptions.asOf(AS_OF)), false));
    SameLines.assertSame(sorted(readFolder(dir.resolve("out"))), expected);
    assertThat(err.toString()).contains("0 unreadable line(s)");
  }

  @Test
  @DisplayName("validate, Parquet in and out (one string column \"json\"); an unreadable row gives exit 1, not a failed job")
  void validateParquet(@TempDir Path dir) throws IOException {
    List<RegistrationRecord> inputs = Seed.of(12L).sample(People.records(), 2_000);
    List<String> rows = new ArrayList<>(lines(inputs, false));
    rows.add("{broken");
    Path in = dir.resolve("in.parquet");
    DatasetFormat.PARQUET.write(spark.createDataset(rows, Encoders.STRING()), in.toString());

    StringWriter err = new StringWriter();
    int status = run(err, "validate", "--locality", "guangdong", "--as-of", AS_OF.toString(), "--format", "parquet",
        "--in", in.toString(), "--out", dir.resolve("out").toString());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("1 unreadable line(s)").contains("broken JSON");
    RuleSet rules = RuleSets.bundled("guangdong").ruleSet().orElseThrow();
    List<String> expected = sorted(lines(rules.validate(inputs, DeriveOptions.asOf(AS_OF)), true));
    List<String> actual = DatasetFormat.PARQUET.read(spark, dir.resolve("out").toString()).collectAsList();
    SameLines.assertSame(sorted(actual), expected);
  }

  @Test
  @DisplayName("survey-list writes one CSV on the driver, the list the single machine writes; an existing file exits 2")
  void surveyList(@TempDir Path dir) throws IOException {
    List<RegistrationRecord> inputs = Seed.of(13L).sample(People.records(), 2_000);
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines(inputs, false), StandardCharsets.UTF_8);
    Path out = dir.resolve("survey.csv");

    StringWriter err = new StringWriter();
    int status = run(err, "survey-list", "--locality", "guangdong", "--as-of", AS_OF.toString(),
        "--in", in.toString(), "--out", out.toString(), "--temp-dir", dir.toString());

    assertThat(status).as(err.toString()).isZero();
    RuleSet rules = RuleSets.bundled("guangdong").ruleSet().orElseThrow();
    NeedsSurvey needsSurvey = NeedsSurvey.of(rules);
    StringWriter expected = new StringWriter();
    try (SurveyList list = SurveyList.open(expected, rules.codeBook(), Divisions.bundled(), dir, SurveyList.DEFAULT_CHUNK_CHARS)) {
      for (RegistrationRecord record : rules.derive(inputs, DeriveOptions.asOf(AS_OF))) {
        NeedsSurvey.Assessment assessment = needsSurvey.assess(record);
        if (assessment.needsSurvey()) {
          list.add(needsSurvey.mark(record), assessment);
        }
      }
      list.finish();
    }
    assertThat(Files.readString(out, StandardCharsets.UTF_8).equals(expected.toString())).as("same CSV").isTrue();

    assertThat(run(new StringWriter(), "survey-list", "--locality", "guangdong", "--as-of", AS_OF.toString(),
        "--in", in.toString(), "--out", out.toString())).isEqualTo(2);
  }

  @Test
  @DisplayName("unusable arguments exit 2 (cli.md)")
  void usage() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "derive", "--locality", "guangdong")).isEqualTo(2);
    assertThat(err.toString()).contains("--as-of");
  }

  @Test
  @DisplayName("a missing input exits 2 with Spark's message, no stack trace to read (cli.md)")
  void missingInput(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int status = run(err, "derive", "--locality", "national", "--as-of", AS_OF.toString(),
        "--in", dir.resolve("absent.jsonl").toString(), "--out", dir.resolve("out").toString());
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("PATH_NOT_FOUND");
  }

  @Test
  @DisplayName("report writes the quarterly report as one CSV on the driver, the report the single machine writes")
  void report(@TempDir Path dir) throws IOException {
    List<RegistrationRecord> inputs = Seed.of(14L).sample(People.records(), 2_000);
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines(inputs, false), StandardCharsets.UTF_8);
    Path population = dir.resolve("population.csv");
    Files.writeString(population, "city,name,population,obtained\n440100,广州市,1000,1000\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("report.csv");

    StringWriter err = new StringWriter();
    int status = run(err, "report", "--locality", "guangdong", "--as-of", AS_OF.toString(), "--quarter", "2026Q3",
        "--population", population.toString(), "--in", in.toString(), "--out", out.toString());

    assertThat(status).as(err.toString()).isZero();
    RuleSet rules = RuleSets.bundled("guangdong").ruleSet().orElseThrow();
    io.github.canbao.registration.batch.report.QuarterlyReport expected = io.github.canbao.registration.batch.report.QuarterlyReport.of(
        io.github.canbao.registration.batch.report.Quarter.of(2026, 3),
        List.of(new io.github.canbao.registration.batch.report.CityPopulation("440100", "广州市", 1000, 1000)));
    rules.derive(inputs, DeriveOptions.asOf(AS_OF)).forEach(expected::add);
    StringWriter csv = new StringWriter();
    expected.build().writeCsv(csv);
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(csv.toString()).contains("合计");
    assertThat(run(new StringWriter(), "report", "--locality", "guangdong", "--as-of", AS_OF.toString(), "--quarter", "2026Q9",
        "--population", population.toString(), "--in", in.toString(), "--out", dir.resolve("other.csv").toString())).isEqualTo(2);
  }

  private static int run(StringWriter err, String... args) {
    CommandLine job = RegistrationSparkJob.commandLine().setErr(new PrintWriter(err, true));
    return job.execute(args);
  }

  private static List<String> readFolder(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }

  private static List<String> lines(List<RegistrationRecord> records, boolean emptyViolations) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.open(out, RecordFormat.JSON_LINES, StandardCharsets.UTF_8, Locale.CHINESE, List.of())) {
      if (emptyViolations) {
        writer.withEmptyViolations();
      }
      for (RegistrationRecord record : records) {
        writer.write(record);
      }
    }
    return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
  }
}
