package io.github.canbao.registration.spark.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.batch.merge.MergeInput;
import io.github.canbao.registration.batch.merge.MergeSummary;
import io.github.canbao.registration.batch.merge.Merger;
import io.github.canbao.registration.batch.merge.RecordMerge;
import io.github.canbao.registration.batch.merge.Source;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.spark.DatasetFormat;
import io.github.canbao.registration.spark.LocalSpark;
import io.github.canbao.registration.spark.RecordLines;
import io.github.canbao.registration.spark.SameLines;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.person.People;
import io.github.canbao.registration.testkit.person.RecordDefect;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ClusterMerge: the merge on Spark equals registration-batch's Merger (issue 9, comparison-and-reports.md §1)")
class ClusterMergeTest {

  private final SparkSession spark = LocalSpark.session();

  @Test
  @DisplayName("100,000 records from three sources (overlaps, conflicts, same key different person, invalid keys): the records Merger writes")
  void equalsMerger(@TempDir Path dir) throws IOException {
    List<RegistrationRecord> people = Seed.of(20261125L).sample(People.records(), 60_000);
    List<RegistrationRecord> invalid = Seed.of(5L).sample(People.records().withDefect(RecordDefect.ID_CHECK_DIGIT), 300);

    List<RegistrationRecord> publicSecurity = new ArrayList<>(people.subList(0, 40_000));
    List<RegistrationRecord> medical = new ArrayList<>();
    for (int i = 20_000; i < 60_000; i++) {
      RegistrationRecord r = people.get(i);
      if (i % 97 == 0) {
        r = r.toBuilder().name("另一人").build();                      // same key, different person
      } else if (i % 5 == 0) {
        r = r.toBuilder().residenceAddress("医保登记的地址 " + i).build(); // a conflict the priority settles
      }
      medical.add(r);
    }
    List<RegistrationRecord> pension = new ArrayList<>();
    for (int i = 0; i < 60_000; i += 3) {
      pension.add(people.get(i));
    }
    pension.subList(0, invalid.size()).clear();
    pension.addAll(invalid);
    assertThat(publicSecurity.size() + medical.size() + pension.size()).isEqualTo(100_000);

    Path ga = write(dir.resolve("ga.jsonl"), publicSecurity);
    Path yb = write(dir.resolve("yb.jsonl"), medical);
    Path yl = write(dir.resolve("yl.jsonl"), pension);
    Files.writeString(yl, "{not json\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

    RecordLines merged = ClusterMerge.standard(spark).merge(List.of(
        SourceLines.of("公安", 2, read(ga)), SourceLines.of("医保", 1, read(yb)), SourceLines.of("养老", 0, read(yl))));
    List<String> onSpark = merged.records().collectAsList().stream().sorted().toList();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> problems = new ArrayList<>();
    MergeSummary summary;
    try (RecordWriter writer = RecordWriter.jsonLines(out)) {
      summary = Merger.create().merge(List.of(
              MergeInput.jsonLines(Source.of("公安", 2), "ga.jsonl", ga, StandardCharsets.UTF_8),
              MergeInput.jsonLines(Source.of("医保", 1), "yb.jsonl", yb, StandardCharsets.UTF_8),
              MergeInput.jsonLines(Source.of("养老", 0), "yl.jsonl", yl, StandardCharsets.UTF_8)),
          writer, (input, line, reason) -> problems.add(input + ":" + line));
    }
    List<String> oneMachine = List.of(out.toString(StandardCharsets.UTF_8).split("\n")).stream().sorted().toList();

    SameLines.assertSame(onSpark, oneMachine);
    assertThat(merged.unreadableLines()).isEqualTo(summary.skipped()).isEqualTo(1);
    assertThat(problems).containsExactly("yl.jsonl:" + (pension.size() + 1));
    assertThat(summary.findings()).containsKeys(RecordMerge.INVALID_KEY, RecordMerge.SAME_KEY_DIFFERENT_PERSON, RecordMerge.CONFLICT);
  }

  @Test
  @DisplayName("two inputs of one source name are refused, as by Merger")
  void duplicateSourceName() {
    Dataset<String> none = spark.emptyDataset(org.apache.spark.sql.Encoders.STRING());
    assertThatThrownBy(() -> ClusterMerge.standard(spark).merge(List.of(SourceLines.of("公安", 1, none), SourceLines.of("公安", 2, none))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("公安");
  }

  private Dataset<String> read(Path file) {
    return DatasetFormat.JSON_LINES.read(spark, file.toString());
  }

  private static Path write(Path file, List<RegistrationRecord> records) throws IOException {
    Files.write(file, LocalSpark.lines(records, false), StandardCharsets.UTF_8);
    return file;
  }
}
