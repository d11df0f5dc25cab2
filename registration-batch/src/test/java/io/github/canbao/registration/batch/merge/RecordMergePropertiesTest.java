package io.github.canbao.registration.batch.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.model.json.RegistrationJson;
import io.github.canbao.registration.testkit.person.People;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** comparison-and-reports.md §1: "the same inputs in any order give the same output". */
class RecordMergePropertiesTest {

  private static final Source[] SOURCES = {Source.of("公安", 2), Source.of("医保", 1), Source.of("养老", 1)};

  @TempDir Path dir;

  /** Extracts of {@code people} persons drawn from {@code seed}: each person in one to three sources, with variations. */
  static List<SourcedRecord> extracts(long seed, int people) {
    SplittableRandom random = new SplittableRandom(seed);
    var records = People.records();
    List<SourcedRecord> out = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      RegistrationRecord person = records.next(random);
      for (Source source : SOURCES) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        RegistrationRecord.Builder b = person.toBuilder().handledAt("2026-0" + (1 + random.nextInt(9)) + "-01T00:00:00");
        switch (random.nextInt(6)) {
          case 0 -> b.phone(ContactNumber.of("139" + String.format("%08d", random.nextInt(100_000_000))));
          case 1 -> b.residenceAddress("另一地址" + random.nextInt(10));
          case 2 -> b.name(person.name().orElse("") + "某");
          case 3 -> b.socialSecurityNumber(SocialSecurityNumber.of("440106198001010012"));
          case 4 -> b.enrolments(List.of());
          default -> { }
        }
        out.add(new SourcedRecord(source, 0, b.build()));
      }
    }
    return out;
  }

  private static List<String> json(List<RegistrationRecord> records) {
    return records.stream().map(r -> {
      try {
        return RegistrationJson.mapper().writeValueAsString(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  @Test
  @DisplayName("issue 7 property: RecordMerge gives the same records whatever the order of its input")
  void anyOrderSameOutput() {
    Gen<Long> seeds = SourceDSL.longs().all();
    qt().withExamples(40).forAll(seeds, SourceDSL.longs().all()).checkAssert((seed, shuffleSeed) -> {
      List<SourcedRecord> input = extracts(seed, 12);
      List<SourcedRecord> shuffled = new ArrayList<>(input);
      Collections.shuffle(shuffled, new Random(shuffleSeed));
      RecordMerge merge = RecordMerge.standard();
      assertThat(json(merge.merge(shuffled))).isEqualTo(json(merge.merge(input)));
    });
  }

  @Test
  @DisplayName("issue 7 property: the streaming Merger writes the same bytes for any order of records and of inputs, in memory or in runs on disk")
  void streamingAnyOrder() {
    qt().withExamples(15).forAll(SourceDSL.longs().all(), SourceDSL.longs().all()).checkAssert((seed, shuffleSeed) -> {
      List<SourcedRecord> input = extracts(seed, 30);
      List<SourcedRecord> shuffled = new ArrayList<>(input);
      Collections.shuffle(shuffled, new Random(shuffleSeed));
      String inMemory = streamed(input, Long.MAX_VALUE, false);
      String onDisk = streamed(shuffled, 3_000, true);
      assertThat(onDisk).isEqualTo(inMemory);
      List<String> direct = json(RecordMerge.standard().merge(input));
      assertThat(inMemory.lines().toList()).isEqualTo(direct);
    });
  }

  private String streamed(List<SourcedRecord> records, long chunkChars, boolean reverseInputs) {
    try {
      List<MergeInput> inputs = new ArrayList<>();
      for (Source source : SOURCES) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RecordWriter w = RecordWriter.jsonLines(bytes)) {
          for (SourcedRecord r : records) {
            if (r.source().equals(source)) {
              w.write(r.record());
            }
          }
        }
        if (reverseInputs) {
          // The JSON Lines fast path: lines sorted as they are, parsed after the sort.
          Path file = Files.createTempFile(dir, "extract-", ".jsonl");
          Files.write(file, bytes.toByteArray());
          inputs.add(MergeInput.jsonLines(source, source.name(), file, StandardCharsets.UTF_8));
        } else {
          inputs.add(MergeInput.of(source, source.name(),
              RecordReader.open(new ByteArrayInputStream(bytes.toByteArray()), RecordFormat.JSON_LINES, StandardCharsets.UTF_8)));
        }
      }
      if (reverseInputs) {
        Collections.reverse(inputs);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter w = RecordWriter.jsonLines(out)) {
        Merger.create().withChunkChars(chunkChars).withTemporaryDirectory(dir).merge(inputs, w, (i, l, r) -> { });
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
