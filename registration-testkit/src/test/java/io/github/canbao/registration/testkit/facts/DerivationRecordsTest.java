package io.github.canbao.registration.testkit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.RegistrationRecord;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DerivationInputs.records(): derivation inputs (derivation.md, Inputs)")
class DerivationRecordsTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 2, 29);

  private static List<RegistrationRecord> draw(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    DerivationRecords gen = DerivationInputs.records().asOf(AS_OF);
    return Stream.generate(() -> gen.next(random)).limit(n).toList();
  }

  @Test
  @DisplayName("the same seed gives the same records (style.md 14)")
  void sameSeedSameRecords() {
    assertThat(draw(7, 500)).isEqualTo(draw(7, 500));
    assertThat(DerivationInputs.records().asOf(AS_OF).asOfDate()).isEqualTo(AS_OF);
  }

  @Test
  @DisplayName("inputs carry no derived field, explanation or finding, so a rule set keeps nothing given")
  void noDerivedFields() {
    for (RegistrationRecord r : draw(11, 5_000)) {
      for (String field : GuangdongReference.FIELDS) {
        assertThat(DerivationDifferentialTest.value(r, field)).as(field).isEmpty();
      }
      assertThat(r.explanations()).isEmpty();
      assertThat(r.findings()).isEmpty();
      assertThat(r.violations()).isEmpty();
    }
  }

  @Test
  @DisplayName("births lie within ages 0-90 at the as-of date, enrolments and comparisons not after it")
  void datesWithinRange() {
    for (RegistrationRecord r : draw(13, 5_000)) {
      GuangdongReference.facts(r).birth().ifPresent(b -> {
        assertThat(b).isBeforeOrEqualTo(AS_OF);
        assertThat(Period.between(b, AS_OF).getYears()).isBetween(0, 90);
      });
      r.enrolments().forEach(e -> assertThat(e.since().orElseThrow()).isLessThanOrEqualTo("20240229"));
      r.comparedAt().ifPresent(c -> assertThat(c).isLessThan("2024-03-01"));
      assertThat(r.enrolments()).hasSizeLessThanOrEqualTo(4);
      assertThat(r.benefits()).hasSizeLessThanOrEqualTo(2);
    }
  }
}
