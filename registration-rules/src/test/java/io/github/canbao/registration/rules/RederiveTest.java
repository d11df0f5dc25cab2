package io.github.canbao.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.Explanation;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Derivation replaces what an earlier derivation wrote, and a blank given value is no value")
class RederiveTest {

  private static final RuleSet GUANGDONG = RuleSets.bundled("guangdong").ruleSet().orElseThrow();
  private static final DeriveOptions AS_OF = DeriveOptions.asOf(LocalDate.of(2026, 11, 24));

  private static RegistrationRecord man(String birthDate) {
    return RegistrationRecord.builder().birthDate(birthDate).sex("1").hukouLocal(true).build();
  }

  @Test
  @DisplayName("deriving a derived record again gives the same record: explanations and findings are not doubled")
  void derivingTwiceIsStable() {
    RegistrationRecord given = RegistrationRecord.builder().birthDate("19900101").sex("1").noUnitType("4").build(); // hukou unknown
    RegistrationRecord once = GUANGDONG.derive(given, AS_OF);
    assertThat(once.findings()).extracting(Finding::code).contains("DIFFERS", "HUKOU_UNKNOWN");
    assertThat(GUANGDONG.derive(once, AS_OF)).isEqualTo(once);
  }

  @Test
  @DisplayName("a stale DIFFERS and a stale explanation of the input are dropped; a merge's or a vendor's finding stays")
  void staleDerivationOutputIsDropped() {
    Finding stale = Finding.of("DIFFERS", "noUnitType", "4", "3");
    Finding merge = Finding.of("CONFLICT", "aae006", "一号", "二号");
    RegistrationRecord input = man("19900101").toBuilder()
        .noUnitType("3")
        .findings(List.of(stale, merge))
        .explanations(List.of(new Explanation("noUnitType", "9", "old", "old")))
        .build();
    RegistrationRecord out = GUANGDONG.derive(input, AS_OF);
    assertThat(out.noUnitType()).contains("3");
    assertThat(out.findings()).containsExactly(merge);
    assertThat(out.explanations()).extracting(Explanation::rule).doesNotContain("old");
    assertThat(out.explanations()).filteredOn(e -> e.field().equals("noUnitType")).hasSize(1);
  }

  @Test
  @DisplayName("a blank given derived field is derived, as the same record's empty CSV cell is")
  void blankGivenValueIsDerived() {
    RegistrationRecord child = RegistrationRecord.builder().birthDate("20160901").sex("1").hukouLocal(true).employmentState("").build();
    RegistrationRecord out = GUANGDONG.derive(child, AS_OF);
    RegistrationRecord absent = GUANGDONG.derive(child.toBuilder().employmentState(null).build(), AS_OF);
    assertThat(out.employmentState()).contains("2");
    assertThat(out.noUnitType()).contains("2");
    assertThat(out.findings()).extracting(Finding::code).doesNotContain("DIFFERS");
    assertThat(out).isEqualTo(absent);
  }
}
