package io.github.canbao.registration.testkit.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.division.Division;
import io.github.canbao.registration.codes.division.DivisionLevel;
import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.identity.Identities;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("issue 6: division codes that exist, existed in a year, or are unknown (GB/T 2260)")
class DivisionCodesTest {

  private static final Divisions DATA = Divisions.bundled();

  @Test
  @DisplayName("codes valid in a year are in the data for that year, at the level and in the province asked")
  void validInYear() {
    Seed.of(1).check(DivisionCodes.existing().counties().inProvince("42").validIn(2005).divisions(), 2_000, d -> {
      assertThat(d.isValidIn(2005)).isTrue();
      assertThat(d.level()).isEqualTo(DivisionLevel.COUNTY);
      assertThat(d.code()).startsWith("42");
    });
    assertThatThrownBy(() -> DivisionCodes.existing().validIn(1999)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valid in 1999");
  }

  @Test
  @DisplayName("abolished codes are known but not current; an identity number with one has no AREA_CODE_UNKNOWN")
  void abolished() {
    IdentityParser parser = IdentityParser.standard().asOf(LocalDate.of(2026, 11, 23));
    Seed.of(2).check(DivisionCodes.existing().abolished().counties(), 1_000, code -> {
      Division d = DATA.find(code).orElseThrow();
      assertThat(d.isCurrent()).isFalse();
      String number = Identities.citizenNumbers().inDivision(code).numbers().next(new java.util.SplittableRandom(code.hashCode()));
      assertThat(parser.parse(number).warnings()).isEmpty();
    });
    Seed.of(3).check(DivisionCodes.existing().current().level(DivisionLevel.PROVINCE), 100,
        code -> assertThat(code).endsWith("0000"));
  }

  @Test
  @DisplayName("unknown codes are not in the data and give an identity number the warning AREA_CODE_UNKNOWN only")
  void unknown() {
    IdentityParser parser = IdentityParser.standard().asOf(LocalDate.of(2026, 11, 23));
    Seed.of(4).check(DivisionCodes.unknown(), 1_000, code -> {
      assertThat(DATA.isKnown(code)).isFalse();
      String number = Identities.citizenNumbers().inDivision(code).numbers().next(new java.util.SplittableRandom(code.hashCode()));
      assertThat(parser.parse(number).errors()).isEmpty();
      assertThat(parser.parse(number).warnings()).extracting(Violation::code).containsExactly("AREA_CODE_UNKNOWN");
    });
  }
}
