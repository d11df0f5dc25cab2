package io.github.canbao.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Explanation;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("RuleSets: loading bundled and on-disk localities")
class RuleSetsTest {

  private static final DeriveOptions AS_OF = DeriveOptions.asOf(LocalDate.of(2026, 11, 23));

  @Test
  @DisplayName("the national locality compiles and derives a nine-year-old as a student (rule 2b)")
  void nationalDerives() {
    RuleSet national = RuleSets.bundled("national").ruleSet().orElseThrow();
    RegistrationRecord child =
        RegistrationRecord.builder()
            .socialSecurityNumber(SocialSecurityNumber.of("440106201609010011"))
            .birthDate("20160901")
            .sex("1")
            .hukouLocal(true)
            .enrolments(List.of(Enrolment.of("390", "1", "20170101", "440100")))
            .build();
    RegistrationRecord derived = national.derive(child, AS_OF);
    assertThat(derived.employmentState()).contains("2");
    assertThat(derived.noUnitType()).contains("2");
    assertThat(derived.nonEnrolmentReason()).isEmpty();
    assertThat(derived.enrolmentCategory()).contains("1");
    assertThat(derived.medicalStatus()).contains("27");
    assertThat(derived.pensionStatus()).contains("95");
    assertThat(derived.workInjuryStatus()).contains("95");
    assertThat(derived.explanations())
        .filteredOn(e -> e.field().equals("noUnitType"))
        .singleElement()
        .extracting(Explanation::describe)
        .isEqualTo("noUnitType=2 by rule \"no-unit: student by evidence, person status or age 6-15 at the reference day\" (age at 2026-08-31 = 9)");
  }

  @Test
  @DisplayName("Guangdong 15->18: the record carries the whole upgraded number, its toString and explanations only the masked one")
  void upgradedNumberNeverShowsWholeInToString() {
    RuleSet guangdong = RuleSets.bundled("guangdong").ruleSet().orElseThrow();
    RegistrationRecord derived = guangdong.derive(
        RegistrationRecord.builder().socialSecurityNumber(SocialSecurityNumber.of("110105491231002")).hukouLocal(true).build(),
        AS_OF);
    assertThat(derived.socialSecurityNumber()).contains(SocialSecurityNumber.of("11010519491231002X"));
    assertThat(derived.toString()).doesNotContain("11010519491231002X", "110105491231002").contains("110105********002X");
    assertThat(derived.explanations()).filteredOn(e -> e.field().equals("aac002"))
        .singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("110105********002X"));
  }

  @Test
  @DisplayName("a broken DRL file fails the load as a whole, with file and line")
  void brokenDrl(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("locality.properties"), "extends=national\ndescription=test\n");
    Files.writeString(
        folder.resolve("derive-extra.drl"),
        "package io.github.canbao.registration.rules.test;\n\nrule \"broken\"\nwhen\n  Person( age > )\nthen\nend\n");
    LoadResult result = RuleSets.load(folder);
    assertThat(result.ruleSet()).isEmpty();
    assertThat(result.problems()).isNotEmpty();
    // The file as the author knows it: the path on disk, not the package folder the build used.
    assertThat(result.problems().get(0).file()).isEqualTo(folder.toAbsolutePath().normalize().resolve("derive-extra.drl").toString());
    assertThat(result.problems().get(0).line()).isEqualTo(5);
  }

  @Test
  @DisplayName("a bad parameter is reported with the file and line of its key")
  void badParameter(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("locality.properties"), "extends=national\n\nretirementAgeMale=sixty\n");
    LoadResult result = RuleSets.load(folder);
    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.file()).endsWith("locality.properties");
          assertThat(p.line()).isEqualTo(3);
          assertThat(p.message()).contains("retirementAgeMale");
        });
  }

  @Test
  @DisplayName("a rule on Person after rule 5 sees every insurance status (the person is updated once the last line is decided)")
  void rulesOnPersonSeeTheStatuses(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("locality.properties"), "extends=national\ndescription=test\n");
    Files.writeString(
        folder.resolve("derive-after-statuses.drl"),
        """
        package io.github.canbao.registration.rules.test;

        import io.github.canbao.registration.rules.facts.Person;

        rule "after rule 5: pension status seen on the person"
          salience 900
        when
          $p : Person( insuranceStatusesDecided, value("aic003") == "95", !hasFinding("PENSION_NOT_REQUIRED_SEEN") )
        then
          $p.finding("PENSION_NOT_REQUIRED_SEEN");
        end
        """);
    RuleSet rules = RuleSets.load(folder).ruleSet().orElseThrow();
    RegistrationRecord child =
        RegistrationRecord.builder().birthDate("20160901").sex("1").hukouLocal(true)
            .enrolments(List.of(Enrolment.of("390", "1", "20170101", "440100"))).build();
    RegistrationRecord derived = rules.derive(child, AS_OF);
    assertThat(derived.pensionStatus()).contains("95");
    assertThat(derived.findings()).extracting(f -> f.code()).contains("PENSION_NOT_REQUIRED_SEEN");
  }
}
