package io.github.canbao.registration.testkit.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.codes.table.CodeBook;
import io.github.canbao.registration.codes.table.CodeTables;
import io.github.canbao.registration.codes.table.EmploymentState;
import io.github.canbao.registration.codes.table.EnrolmentCategory;
import io.github.canbao.registration.codes.table.EnrolmentStatus;
import io.github.canbao.registration.codes.table.HukouNature;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Evidence;
import io.github.canbao.registration.model.RegisteredBy;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.indicator.IndicatorField;
import io.github.canbao.registration.testkit.quicktheories.Gens;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@DisplayName("People.records(): every generated record is complete and consistent (localities.md, derivation.md)")
class RegistrationRecordsPropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final IdentityParser PARSER = IdentityParser.standard().asOf(AS_OF);
  private static final CodeBook CODES = CodeTables.bundled();
  private static final List<String> EMPLOYEE_TYPES = List.of("110", "120", "310", "410", "210", "510");

  @ParameterizedTest(name = "category {0}")
  @ValueSource(ints = {1, 2, 3})
  @DisplayName("localities.md guangdong 二(一)/二(二): every required field of the category is present")
  void requiredFieldsArePresent(int category) {
    qt().withExamples(400)
        .forAll(Gens.of(People.records().category(category)))
        .checkAssert(record -> {
          assertThat(record.enrolmentCategory()).contains(String.valueOf(category));
          boolean employed = record.employmentState().filter(EmploymentState.UNIT_EMPLOYED::equals).isPresent();
          for (String path : RecordPaths.required(category, employed)) {
            assertThat(RecordPaths.isPresent(record, path)).as("%s in %s", path, record).isTrue();
          }
          if (category != 2) {
            assertThat(record.enrolments()).as("category %d enrolments", category).isNotEmpty();
          }
        });
  }

  @Test
  @DisplayName("indicators.md AAC004/AAC006: sex and birth date agree with the identity number, which is valid")
  void sexAndBirthDateAgreeWithTheNumber() {
    qt().withExamples(1_000)
        .forAll(Gens.of(People.records()))
        .checkAssert(record -> {
          ParseResult<IdentityNumber> parsed =
              PARSER.parse(record.socialSecurityNumber().map(SocialSecurityNumber::value).orElseThrow());
          assertThat(parsed.errors()).isEmpty();
          assertThat(parsed.warnings()).isEmpty();
          IdentityNumber number = parsed.toOptional().orElseThrow();
          assertThat(record.birthDate())
              .contains(number.birthDate().orElseThrow().format(DateTimeFormatter.BASIC_ISO_DATE));
          assertThat(record.sex()).isEqualTo(number.sex());
        });
  }

  @Test
  @DisplayName("codes.md: every coded value is in its bundled table; division codes are in the GB/T 2260 data")
  void everyCodedValueIsInItsTable() {
    List<IndicatorField> coded = RecordPaths.CATALOGUE.fields().stream().filter(IndicatorField::hasTable).toList();
    assertThat(coded).extracting(IndicatorField::path).contains("aac004", "aab301", "hukouDivision", "enrolments[].aac008");
    qt().withExamples(1_000)
        .forAll(Gens.of(People.records()))
        .checkAssert(record -> {
          for (IndicatorField field : coded) {
            for (Object value : RecordPaths.values(record, field.path()).stream()
                .flatMap(v -> v instanceof List<?> list ? list.stream() : java.util.stream.Stream.of(v)).toList()) {
              String code = value.toString();
              if (field.table().equals("AAB301")) {
                assertThat(Divisions.bundled().isKnown(code)).as("%s = %s", field.path(), code).isTrue();
              } else {
                assertThat(CODES.contains(field.table(), code)).as("%s = %s in %s", field.path(), code, field.table())
                    .isTrue();
              }
            }
          }
        });
  }

  @Test
  @DisplayName("indicators.md: every value fits its indicator's length; names are 2-4 Chinese characters")
  void valuesFitTheirLengths() {
    qt().withExamples(500)
        .forAll(Gens.of(People.records()))
        .checkAssert(record -> {
          for (String path : RecordPaths.leafPaths()) {
            IndicatorField field = RecordPaths.CATALOGUE.field(path).orElseThrow();
            if (field.length() == 0) {
              continue;
            }
            for (Object value : RecordPaths.values(record, path)) {
              String text = value instanceof SocialSecurityNumber n ? n.value()
                  : value instanceof ContactNumber c ? c.value() : value.toString();
              assertThat(text.codePointCount(0, text.length())).as(path).isLessThanOrEqualTo(field.length());
            }
          }
          assertThat(record.name().orElseThrow()).matches("\\p{IsHan}{2,4}");
          assertThat(record.residenceAddress().orElseThrow().length()).isLessThan(150);
          assertThat(record.hukouPlace().orElseThrow().length()).isLessThan(150);
        });
  }

  @Test
  @DisplayName("places: Guangdong registering county; hukou in Guangdong iff local; codes extend each other")
  void placesAreConsistent() {
    qt().withExamples(1_000)
        .forAll(Gens.of(People.records()))
        .checkAssert(record -> {
          boolean local = !record.enrolmentCategory().orElseThrow().equals(EnrolmentCategory.NON_LOCAL_INSURED);
          String aab301 = record.divisionCode().orElseThrow();
          String hukou = record.hukouDivision().orElseThrow();
          assertThat(aab301).matches("44[0-9]{4}");
          assertThat(Divisions.bundled().find(aab301).orElseThrow().isCurrent()).isTrue();
          assertThat(Divisions.bundled().find(hukou).orElseThrow().isCurrent()).isTrue();
          assertThat(hukou.startsWith("44")).isEqualTo(local);
          assertThat(record.hukouLocal()).contains(local);
          assertThat(record.hukouNature().orElseThrow())
              .isIn(local
                  ? List.of(HukouNature.LOCAL_RESIDENT, HukouNature.LOCAL_NON_AGRICULTURAL, HukouNature.LOCAL_AGRICULTURAL)
                  : List.of(HukouNature.NON_LOCAL_RESIDENT, HukouNature.NON_LOCAL_NON_AGRICULTURAL,
                      HukouNature.NON_LOCAL_AGRICULTURAL));
          assertThat(record.hukouStreetCode().orElseThrow()).matches(hukou + "[0-9]{3}");
          assertThat(record.hukouCommunityCode().orElseThrow()).matches(record.hukouStreetCode().orElseThrow() + "[0-9]{3}");
          assertThat(record.hukouStreetName().orElseThrow()).matches("\\p{IsHan}+(街道|镇)");
          assertThat(record.hukouCommunityName().orElseThrow()).matches("\\p{IsHan}+(社区|村)");
          assertThat(record.hukouPlace().orElseThrow()).doesNotContain("市辖区");
          assertThat(record.phone().orElseThrow().value()).matches("1[3-9][0-9]{9}");
          assertThat(record.survivalState()).contains("1");
          assertThat(record.socialSecurityNumber().orElseThrow().value()).startsWith(hukou);
        });
  }

  @Test
  @DisplayName("indicators.md 表4, Guangdong 二(三)6: handler and reviewer differ and review follows handling, "
      + "or both are 信息比对 at the comparison time")
  void handlerFieldsFollowTheRegistration() {
    qt().withExamples(1_000)
        .forAll(Gens.of(People.records()))
        .checkAssert(record -> {
          LocalDateTime handled = LocalDateTime.parse(record.handledAt().orElseThrow());
          LocalDateTime reviewed = LocalDateTime.parse(record.reviewedAt().orElseThrow());
          assertThat(record.handledAt().orElseThrow()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
          assertThat(reviewed).isAfterOrEqualTo(handled);
          assertThat(reviewed).isBefore(AS_OF.atStartOfDay());
          if (record.registeredBy().orElseThrow().equals(RegisteredBy.DATA_CLEANING.name())) {
            assertThat(record.handler()).contains("信息比对");
            assertThat(record.reviewer()).contains("信息比对");
            assertThat(record.handledAt()).isEqualTo(record.comparedAt()).isEqualTo(record.reviewedAt());
          } else {
            assertThat(record.registeredBy()).contains(RegisteredBy.SURVEY.name());
            assertThat(record.handler().orElseThrow()).matches("\\p{IsHan}{2,4}");
            assertThat(record.reviewer().orElseThrow()).matches("\\p{IsHan}{2,4}").isNotEqualTo(record.handler().orElseThrow());
            assertThat(record.comparedAt()).isEmpty();
          }
        });
  }

  @Test
  @DisplayName("derivation.md rules 1-4: the derived fields follow from the facts chosen for the category")
  void derivedFieldsFollowTheFacts() {
    qt().withExamples(2_000)
        .forAll(Gens.of(People.records()))
        .checkAssert(record -> {
          List<Enrolment> enrolments = record.enrolments();
          boolean employeeContributing = enrolments.stream().anyMatch(e ->
              EMPLOYEE_TYPES.contains(e.insuranceType().orElseThrow())
                  && e.status().orElseThrow().equals(EnrolmentStatus.CONTRIBUTING));
          boolean employed = employeeContributing || record.evidence().contains(Evidence.EMPLOYED_AT_UNIT.name());
          assertThat(record.employmentState()).contains(employed ? "1" : "2");
          assertThat(record.unit().isPresent()).isEqualTo(employed);
          assertThat(record.noUnitType().isPresent()).isEqualTo(!employed);
          boolean insured = enrolments.stream().anyMatch(e -> !e.status().orElseThrow().equals(EnrolmentStatus.TERMINATED))
              || record.benefits().stream().anyMatch(b -> !b.status().orElseThrow().equals("3"))
              || record.disabilityAllowanceState().filter(s -> !s.equals("3")).isPresent();
          String category = record.enrolmentCategory().orElseThrow();
          assertThat(category).isEqualTo(record.hukouLocal().orElseThrow() ? (insured ? "1" : "2") : "3");
          assertThat(record.nonEnrolmentReason().isPresent()).isEqualTo(!insured);
          if (!insured && !enrolments.isEmpty()) {
            assertThat(record.nonEnrolmentReason()).contains("11");
          }
          for (String status : List.of(record.pensionStatus().orElseThrow(), record.medicalStatus().orElseThrow(),
              record.workInjuryStatus().orElseThrow(), record.unemploymentStatus().orElseThrow(),
              record.maternityStatus().orElseThrow())) {
            assertThat(status).matches("[1-9][0-9]");
          }
          if (!employed) {
            assertThat(record.workInjuryStatus()).contains("95");
          }
          assertThat(record.disabilityAllowanceState().isPresent()).isEqualTo(record.workInjury().isPresent());
        });
  }

  @Test
  @DisplayName("derivation.md rule 2: the no-unit type reads the age at 31 August of the as-of year")
  void noUnitTypeByAge() {
    qt().withExamples(500)
        .forAll(Gens.of(People.records().bornBetween(2021, 2026)))
        .checkAssert(record -> {
          LocalDate birth = LocalDate.parse(record.birthDate().orElseThrow(), DateTimeFormatter.BASIC_ISO_DATE);
          // Born after 31 August 2020: under 6 on 31 August 2026.
          assertThat(birth).isAfter(LocalDate.of(2020, 8, 31));
          assertThat(record.noUnitType()).contains("1");
        });
    qt().withExamples(500)
        .forAll(Gens.of(People.records().bornBetween(2012, 2019)))
        .checkAssert(record -> assertThat(record.noUnitType()).contains("2"));
  }

  @Test
  @DisplayName("style rule 6: toString never shows a whole identity or phone number, with or without a defect")
  void toStringIsMasked() {
    for (RecordDefect defect : RecordDefect.values()) {
      qt().withExamples(100)
          .forAll(Gens.of(People.records().withDefect(defect).described()))
          .checkAssert(generated -> {
            RegistrationRecord record = generated.record();
            String shown = generated.toString() + record;
            record.socialSecurityNumber().ifPresent(n -> assertThat(shown).doesNotContain(n.value()));
            record.phone().ifPresent(p -> assertThat(shown).doesNotContain(p.value()));
          });
    }
    qt().withExamples(1_000)
        .forAll(Gens.of(People.records()))
        .checkAssert(record -> {
          String shown = record.toString();
          assertThat(shown).doesNotContain(record.socialSecurityNumber().orElseThrow().value());
          assertThat(shown).doesNotContain(record.phone().orElseThrow().value());
          assertThat(shown).contains(record.socialSecurityNumber().orElseThrow().masked());
        });
  }
}
