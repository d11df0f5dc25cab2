package io.github.canbao.registration.testkit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.RegistrationRecord;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Which row of each rule the reference used over the differential test's 100,000 records: every
 * reachable row must be hit, or the differential test proves nothing about it.
 */
@DisplayName("derivation.md rules 1-7: the generated inputs reach every row of every rule")
class DerivationCoverageTest {

  /** Rule → rows that must be hit. Medical has no 5e: it is neither unit- nor age-based. */
  private static Map<String, List<String>> expectedRows() {
    Map<String, List<String>> rows = new TreeMap<>();
    rows.put("1", List.of("1a", "1b", "1c"));
    rows.put("2", List.of("2a", "2b", "2c", "2d", "2e", "2-not-applicable"));
    rows.put("3", List.of("3a", "3b", "3c", "3d", "3e", "3f", "3g", "3-insured"));
    rows.put("4", List.of("4-local-insured", "4-local-not-insured", "4-non-local-insured", "4-non-local-not-insured"));
    for (GuangdongReference.Insurance insurance : GuangdongReference.Insurance.values()) {
      List<String> five = new ArrayList<>(List.of("5a", "5b", "5c", "5d", "5e", "5f", "5g"));
      if (!insurance.unitBased && !insurance.ageBased) {
        five.remove("5e");
      }
      rows.put("5." + insurance.field, five);
    }
    // 5a's tie-break: only pension and medical have several types of one insurance.
    rows.put("5a-tie.aic003", List.of("5a-by-since", "5a-by-type"));
    rows.put("5a-tie.akc003", List.of("5a-by-since", "5a-by-type"));
    rows.put("insured", List.of("not-insured", "insured", "insured-by-allowance-only"));
    rows.put("5c-by.alc003", List.of("5c-benefit", "5c-allowance-only"));
    rows.put("6-disability", List.of("6-disability-empty", "6-disability-monthly-1to4", "6-disability-3"));
    rows.put("6-survivor", List.of("6-survivor-empty", "6-survivor-monthly", "6-survivor-3"));
    rows.put("7", List.of("7-record-time", "7-default-time", "7-not-data-cleaning"));
    rows.put("birth", List.of("AAC006", "AAC006 (YYYY-MM-DD)", "number", "unknown"));
    rows.put("sex", List.of("AAC004", "number", "unknown"));
    rows.put("hukou", List.of("hukouLocal", "AAC009", "hukouDivision", "unknown"));
    return rows;
  }

  @Test
  @DisplayName("every row of rules 1-7 (and every source of birth date, sex and hukou) is used at least once")
  void everyRowIsHit() {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    Map<String, Integer> boundaries = new TreeMap<>();
    for (DerivationSample.Batch batch : DerivationSample.standard().batches()) {
      for (RegistrationRecord record : batch.records()) {
        GuangdongReference.Derivation d = GuangdongReference.derive(record, batch.asOf());
        d.rows().forEach((rule, row) -> counts.computeIfAbsent(rule, k -> new TreeMap<>()).merge(row, 1, Integer::sum));
        // The boundaries themselves: a threshold birthday on the reference day or the as-of date.
        GuangdongReference.facts(record).birth().ifPresent(birth -> {
          LocalDate reference = GuangdongReference.REFERENCE_DAY.atYear(batch.asOf().getYear());
          for (int age : List.of(GuangdongReference.PRESCHOOL_AGE_BELOW, GuangdongReference.SCHOOL_AGE_TO + 1)) {
            if (birth.plusYears(age).equals(reference)) {
              boundaries.merge("birthday " + age + " on the reference day", 1, Integer::sum);
            }
          }
          for (int age : List.of(GuangdongReference.PENSION_MINIMUM_AGE, GuangdongReference.RETIREMENT_AGE_FEMALE,
              GuangdongReference.RETIREMENT_AGE_MALE)) {
            if (Period.between(birth, batch.asOf()).getYears() == age
                && Period.between(birth, batch.asOf().minusDays(1)).getYears() == age - 1) {
              boundaries.merge("birthday " + age + " on the as-of date", 1, Integer::sum);
            }
          }
          if (birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29) {
            boundaries.merge("born 29 February", 1, Integer::sum);
          }
        });
      }
    }
    StringBuilder table = new StringBuilder("derivation coverage (reference rows over " + DerivationSample.RECORDS + " records):\n");
    counts.forEach((rule, rows) -> table.append(String.format("  %-16s %s%n", rule, rows)));
    table.append("  boundaries       ").append(boundaries).append('\n');
    System.out.println(table);

    List<String> missing = new ArrayList<>();
    expectedRows().forEach((rule, rows) -> rows.forEach(row -> {
      if (counts.getOrDefault(rule, Map.of()).getOrDefault(row, 0) == 0) {
        missing.add(rule + ":" + row);
      }
    }));
    assertThat(missing).as(table.toString()).isEmpty();
    assertThat(boundaries).as("threshold birthdays").containsKeys(
        "birthday 6 on the reference day", "birthday 16 on the reference day",
        "birthday 16 on the as-of date", "birthday 55 on the as-of date", "birthday 60 on the as-of date",
        "born 29 February");
  }
}
