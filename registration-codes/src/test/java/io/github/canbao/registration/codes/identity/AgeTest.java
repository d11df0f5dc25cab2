package io.github.canbao.registration.codes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("derivation.md: age in whole years with java.time.Period semantics")
class AgeTest {

  @Test
  @DisplayName("agrees with Period.between for every day of four years against several birth dates")
  void agreesWithPeriod() {
    LocalDate[] births = {
      LocalDate.of(2000, 2, 29), LocalDate.of(1999, 3, 1), LocalDate.of(1970, 12, 31), LocalDate.of(2016, 9, 1)
    };
    for (LocalDate birth : births) {
      for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2023, 1, 1)); d = d.plusDays(1)) {
        assertThat(Age.wholeYears(birth, d)).as("%s at %s", birth, d).isEqualTo(Period.between(birth, d).getYears());
      }
    }
  }

  @Test
  @DisplayName("before the birth date the age is zero, never negative")
  void beforeBirth() {
    assertThat(Age.between(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)).years()).isZero();
  }
}
