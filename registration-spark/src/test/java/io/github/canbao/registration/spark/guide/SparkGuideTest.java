package io.github.canbao.registration.spark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.spark.LocalSpark;
import io.github.canbao.registration.spark.job.RegistrationSparkJob;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.guide.GuideSamples;
import io.github.canbao.registration.testkit.person.People;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/spark.md as written: its Java sample compiles on this module's class path (Spark's, which the
 * testkit's guide tests do not have) and runs on {@code local[2]}, and every {@code spark-submit}
 * shown passes the job arguments it parses.
 */
@DisplayName("docs/spark.md: the Java sample runs on local[2] and every spark-submit shown parses")
class SparkGuideTest {

  private static final String JOB_JAR = "registration-spark-job.jar";

  @Test
  void everySparkSubmitShownParses() throws Exception {
    String page = GuideSamples.of("spark.md").text().replace("\\\n", " ");
    List<String> submits = page.lines().filter(l -> l.startsWith("spark-submit ")).toList();
    assertThat(submits).hasSizeGreaterThanOrEqualTo(2);
    for (String submit : submits) {
      String[] args = submit.substring(submit.indexOf(JOB_JAR) + JOB_JAR.length()).strip().split("\\s+");
      assertThatCode(() -> RegistrationSparkJob.commandLine().parseArgs(args)).as(submit).doesNotThrowAnyException();
    }
  }

  @Test
  void sampleCompilesAndRuns(@TempDir Path work) throws Exception {
    SparkSession spark = LocalSpark.session();
    List<RegistrationRecord> people = Seed.of(20261124L).sample(People.records(), 3_000);
    Path ga = work.resolve("ga.jsonl");
    Path yb = work.resolve("yb.jsonl");
    Files.write(ga, LocalSpark.lines(people.subList(0, 2_000), false), StandardCharsets.UTF_8);
    List<String> medical = new ArrayList<>(LocalSpark.lines(people.subList(1_000, 3_000), false));
    medical.add("{not a record");
    Files.write(yb, medical, StandardCharsets.UTF_8);
    Path survey = work.resolve("survey.csv");

    try (GuideSamples.Compiled compiled = GuideSamples.of("spark.md").compile(work.resolve("sample"))) {
      assertThat(compiled.classNames()).containsExactly("com.example.spark.QuarterOnSpark");
      Method run = compiled.loader().loadClass("com.example.spark.QuarterOnSpark").getMethod("run",
          SparkSession.class, String.class, String.class, String.class, Path.class, LocalDate.class);
      long unreadable = (long) run.invoke(null, spark, ga.toString(), yb.toString(), work.resolve("out").toString(),
          survey, LocalDate.of(2026, 11, 24));

      assertThat(unreadable).isEqualTo(1);
      assertThat(spark.read().parquet(work.resolve("out/derived").toString()).count())
          .as("one derived record per person of the two overlapping extracts").isEqualTo(3_000);
      assertThat(Files.readAllLines(survey, StandardCharsets.UTF_8)).first().asString().isNotBlank();
    }
  }
}
