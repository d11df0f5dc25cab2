package io.github.canbao.registration.testkit.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.model.Explanation;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import io.github.canbao.registration.testkit.Seed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 6: a generator per row of each derivation rule, checked against the bundled rules: the
 * explanation of the row's field must name the row's rule, for every record, at several as-of dates
 * (a leap day, before and after the reference day).
 */
@DisplayName("issue 6, derivation.md rules 1-7: DerivationInputs.decidedBy(row) lands on that row")
class RowRecordsTest {

  private static final RuleSet NATIONAL = RuleSets.bundled("national").ruleSet().orElseThrow();
  private static final List<LocalDate> AS_OF =
      List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 8, 31), LocalDate.of(2025, 3, 1));
  private static final int PER_DATE = 100;

  @TestFactory
  Stream<DynamicTest> everyRowIsReached() {
    return DerivationRow.all().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
      for (LocalDate asOf : AS_OF) {
        RowRecords gen = DerivationInputs.decidedBy(row).asOf(asOf);
        Seed.of(row.hashCode() + asOf.toEpochDay()).check(gen, PER_DATE, input -> {
          RegistrationRecord derived = NATIONAL.derive(input, DeriveOptions.asOf(asOf));
          Optional<Explanation> explanation =
              derived.explanations().stream().filter(e -> e.field().equals(row.field())).findFirst();
          assertThat(explanation).as("explanation of %s as of %s for %s; all: %s", row.field(), asOf, input,
              derived.explanations()).isPresent();
          assertThat(explanation.orElseThrow().rule()).as("%s as of %s: %s", row.field(), asOf,
              explanation.orElseThrow().describe()).isEqualTo(row.rule());
          // The plain-Java reference is a second, independent judge of the row.
          assertThat(GuangdongReference.derive(input, asOf).rows()).as("reference rows for %s", input)
              .containsEntry(referenceRule(row), referenceRow(row));
          if (row.id().equals("7-record-time")) {
            assertThat(explanation.orElseThrow().value()).isEqualTo(input.comparedAt().orElseThrow());
          }
        });
      }
    }));
  }

  /** The reference's key for the row's rule: {@code 2}, {@code 5.aic003}, {@code 6-survivor} … */
  private static String referenceRule(DerivationRow row) {
    return switch (row.ruleNumber()) {
      case 5 -> "5." + row.field();
      case 6 -> row.id().startsWith("6-disability") ? "6-disability" : "6-survivor";
      default -> String.valueOf(row.ruleNumber());
    };
  }

  /** The reference names both values of 5g {@code 5g}. */
  private static String referenceRow(DerivationRow row) {
    return row.id().startsWith("5g") ? "5g" : row.id();
  }

  @Test
  @DisplayName("every row of derivation.md has a generator, and rule 5 rows exist once per insurance")
  void rowsAreComplete() {
    assertThat(DerivationRow.all()).extracting(DerivationRow::id).contains(
        "1a", "1b", "1c", "2a", "2b", "2c", "2d", "2e", "3a", "3b", "3c", "3d", "3e", "3f", "3g",
        "4-local-insured", "4-non-local-not-insured", "5a", "5g-unit", "6-survivor-3", "7-default-time");
    assertThat(DerivationRow.all().stream().filter(r -> r.id().equals("5a"))).hasSize(5);
    assertThat(DerivationRow.all().stream().filter(r -> r.id().equals("5e"))).hasSize(4);
    // Every rule name in the table is a rule the bundled rules have: a renamed rule fails here.
    assertThat(NATIONAL.ruleNames()).containsAll(DerivationRow.all().stream().map(DerivationRow::rule).toList());
    assertThat(DerivationRow.of("2d").field()).isEqualTo("noUnitType");
    assertThat(DerivationRow.of("5c", "workInjury").field()).isEqualTo("alc003");
  }

  @Test
  @DisplayName("a rule-5 row needs an insurance; an unknown row or a row that does not apply is refused")
  void misuseIsRefused() {
    assertThatThrownBy(() -> DerivationInputs.decidedBy("5c")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workInjury");
    assertThatThrownBy(() -> DerivationInputs.decidedBy("2z")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DerivationInputs.decidedBy("5e", "medical")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the same seed gives the same records (style.md 14)")
  void deterministic() {
    RowRecords gen = DerivationInputs.decidedBy("2d");
    assertThat(Seed.of(5).sample(gen, 200)).isEqualTo(Seed.of(5).sample(gen, 200));
    assertThat(Seed.of(5).sample(gen, 200)).isNotEqualTo(Seed.of(6).sample(gen, 200));
  }
}
