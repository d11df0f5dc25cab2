package com.example.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleProblem;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.assertions.UnmaskedNumber;
import io.github.canbao.registration.testkit.person.People;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationJobTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  @TempDir Path dir;
  private ExecutorService workers;

  @BeforeEach
  void start() {
    workers = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void stop() {
    workers.shutdownNow();
  }

  private static List<RegistrationRecord> records(int count) {
    return Seed.of(20_261_123L).sample(People.records().asOf(AS_OF), count);
  }

  /** The city folder from the test resources, copied to disk where a rule author would edit it. */
  private Path cityFolder() throws IOException {
    Path city = Files.createDirectories(dir.resolve("city"));
    for (String file : List.of("locality.properties", "derive-city-check.drl")) {
      try (InputStream in = getClass().getResourceAsStream("/city/" + file)) {
        Files.copy(in, city.resolve(file));
      }
    }
    return city;
  }

  @Test
  void bundledGuangdongOnAThreadPoolGivesTheSameRowsAsOneThreadInOrder() {
    List<RegistrationRecord> records = records(5_000);
    List<PersonRow> rows = RegistrationJob.bundled("guangdong", workers).run(records, AS_OF);

    RegistrationJob single = RegistrationJob.bundled("guangdong", Executors.newSingleThreadExecutor());
    List<PersonRow> expected = new ArrayList<>();
    for (RegistrationRecord record : records) {
      expected.add(PersonRow.of(single.rules().validate(record, DeriveOptions.asOf(AS_OF))));
    }
    assertThat(rows).hasSize(5_000).isEqualTo(expected);
    assertThat(rows).extracting(PersonRow::employmentState).containsOnly("1", "2");
    assertThat(rows).extracting(PersonRow::noUnitTypeRule).allMatch(rule -> !rule.isEmpty());
    // The vendor's table never holds a whole identity number.
    UnmaskedNumber.assertNoneIn(rows.toString());
  }

  @Test
  void aCityFolderOnDiskDerivesWithItsOwnThresholdAndRule() throws IOException {
    RegistrationJob city = RegistrationJob.folder(cityFolder(), workers);
    RegistrationJob guangdong = RegistrationJob.bundled("guangdong", workers);
    // A man of 61 without a unit or insurance: retired by Guangdong's age (60), not by the city's (63).
    RegistrationRecord man = RegistrationRecord.builder().personId("1").birthDate("19650301").sex("1").hukouLocal(true).build();

    PersonRow inGuangdong = guangdong.run(List.of(man), AS_OF).get(0);
    PersonRow inCity = city.run(List.of(man), AS_OF).get(0);
    assertThat(inGuangdong.noUnitType()).isEqualTo("5");
    assertThat(inCity.noUnitType()).isEqualTo("3");
    assertThat(inCity.findingCodes()).contains("CITY_CHECK_V1");
    assertThat(inGuangdong.findingCodes()).doesNotContain("CITY_CHECK_V1");
  }

  @Test
  void aChangedDrlFileIsReloadedWhileWorkRunsAndABrokenOneLeavesTheRulesInForce() throws Exception {
    Path city = cityFolder();
    RegistrationJob job = RegistrationJob.folder(city, workers);
    // Enough batches that work is still running when the reload (a compile of about a second) lands.
    List<RegistrationRecord> records = records(12_000);

    // Work keeps running on the pool while the rule author saves a new version and the job reloads.
    CompletableFuture<List<PersonRow>> during = CompletableFuture.supplyAsync(() -> job.run(records, AS_OF));
    Path drl = city.resolve("derive-city-check.drl");
    Files.writeString(drl, Files.readString(drl).replace("CITY_CHECK_V1", "CITY_CHECK_V2"), StandardCharsets.UTF_8);
    assertThat(job.reload()).isEmpty();
    List<PersonRow> rowsDuring = during.get();
    // Each batch ran whole on one version of the rules: V1 or V2, never neither, never both.
    assertThat(rowsDuring).hasSize(12_000);
    assertThat(rowsDuring)
        .filteredOn(row -> !row.enrolmentCategory().equals("1") && !row.enrolmentCategory().equals("3"))
        .allSatisfy(row -> {
          assertThat(row.findingCodes()).containsAnyOf("CITY_CHECK_V1", "CITY_CHECK_V2");
          assertThat(row.findingCodes()).as("one version per batch").doesNotContain(
              row.findingCodes().contains("CITY_CHECK_V1") ? "CITY_CHECK_V2" : "CITY_CHECK_V1");
        });

    List<PersonRow> after = job.run(records, AS_OF);
    assertThat(after).extracting(PersonRow::findingCodes).noneMatch(codes -> codes.contains("CITY_CHECK_V1"));
    assertThat(after).extracting(PersonRow::findingCodes).anyMatch(codes -> codes.contains("CITY_CHECK_V2"));

    // A broken save: the problems name the file and line, and the V2 rules stay in force.
    Files.writeString(drl, "package io.github.canbao.registration.rules.city;\n\nrule \"broken\"\nwhen\n  Person( age > )\nthen\nend\n");
    List<RuleProblem> problems = job.reload();
    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0).file()).endsWith("derive-city-check.drl");
    assertThat(problems.get(0).line()).isEqualTo(5);
    assertThat(job.run(records.subList(0, 500), AS_OF))
        .extracting(PersonRow::findingCodes)
        .anyMatch(codes -> codes.contains("CITY_CHECK_V2"));
  }

  @Test
  void aFolderThatDoesNotCompileStopsTheServiceFromStarting() throws IOException {
    Path city = cityFolder();
    Files.writeString(city.resolve("derive-city-check.drl"), "rule \"broken\"\nwhen\n  Person( age > )\nthen\nend\n");
    assertThatThrownBy(() -> RegistrationJob.folder(city, workers))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("derive-city-check.drl:3");
  }
}
