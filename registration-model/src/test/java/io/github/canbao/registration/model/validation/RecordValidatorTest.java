package io.github.canbao.registration.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.codes.table.Code;
import io.github.canbao.registration.codes.table.CodeTable;
import io.github.canbao.registration.codes.table.CodeTables;
import io.github.canbao.registration.codes.table.Provenance;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Guardian;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.Unit;
import io.github.canbao.registration.model.WorkInjury;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RecordValidator: field, cross-field and required checks (record-format.md, Validation output)")
class RecordValidatorTest {

  private final RecordValidator national = RecordValidator.standard();
  private final RecordValidator guangdong = national.withRequiredFields(RequiredFields.bundled("guangdong"));

  @Test
  @DisplayName("complete records of every category have no violation")
  void validRecords() {
    assertThat(national.validate(Records.national())).isEmpty();
    for (String category : List.of("1", "2", "3")) {
      assertThat(guangdong.validate(Records.guangdong(category, true))).as("category %s", category).isEmpty();
      assertThat(guangdong.validate(Records.guangdong(category, false))).as("category %s", category).isEmpty();
    }
  }

  @Test
  @DisplayName("violations come in the catalogue's field order, list elements by index")
  void catalogueOrder() {
    RegistrationRecord record =
        Records.national().toBuilder()
            .name("名".repeat(21))
            .divisionCode("4401")
            .enrolments(
                List.of(
                    Enrolment.of("110", "1", "20100101", "44010"),
                    Enrolment.of("310", "1", "2010-13-01", "440106")))
            .reviewedAt("2026-11-19T09:00:00")
            .sex("2")
            .build();
    assertThat(national.validate(record))
        .extracting(Violation::field, Violation::code)
        .containsExactly(
            tuple("aab301", "DIVISION_FORMAT"),
            tuple("aac003", "TOO_LONG"),
            tuple("aac004", "SEX_MISMATCH"),
            tuple("enrolments[0].place", "DIVISION_FORMAT"),
            tuple("enrolments[1].since", "DATE_FORMAT"),
            tuple("aae015", "REVIEWED_BEFORE_HANDLED"));
  }

  @Test
  @DisplayName("the same record always gives the same list")
  void deterministic() {
    RegistrationRecord record = garbage();
    List<Violation> first = national.validate(record);
    for (int i = 0; i < 20; i++) {
      assertThat(national.validate(record)).isEqualTo(first);
    }
  }

  @Test
  @DisplayName("a record with every field garbage gives violations, never an exception")
  void garbageNeverThrows() {
    List<Violation> violations = national.withRequiredFields(RequiredFields.bundled("guangdong")).validate(garbage());
    assertThat(violations).isNotEmpty();
    assertThat(violations).extracting(Violation::code)
        .contains("TOO_LONG", "CODE_UNKNOWN", "DATE_FORMAT", "DATE_TIME_FORMAT", "ID_LENGTH", "PHONE_FORMAT",
            "DIVISION_FORMAT", "OUT_OF_RANGE", "REQUIRED")
        .doesNotContain("VALIDATOR_FAILED");
  }

  @Test
  @DisplayName("an empty record gives only REQUIRED violations")
  void emptyRecord() {
    assertThat(national.validate(RegistrationRecord.builder().build()))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.code()).isEqualTo("REQUIRED"));
  }

  @Test
  @DisplayName("warnings are reported with their severity: an unknown area code (identity.md)")
  void warnings() {
    // 449999: a Guangdong prefix that no division ever had; the check character is correct.
    RegistrationRecord record =
        Records.national().toBuilder()
            .socialSecurityNumber(SocialSecurityNumber.of(withCheck("44999919850312123")))
            .build();
    assertThat(national.validate(record))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("AREA_CODE_UNKNOWN");
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.field()).isEqualTo("aac002");
            });
    assertThat(national.withIdentityParser(IdentityParser.standard().strict()).validate(record))
        .singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  @DisplayName("withIdentityParser: the as-of date decides whether a birth date is in the future")
  void asOf() {
    RegistrationRecord record = Records.national();
    assertThat(national.withIdentityParser(IdentityParser.standard().asOf(LocalDate.of(1985, 3, 11))).validate(record))
        .extracting(Violation::code)
        .containsExactly("ID_BIRTH_DATE");
  }

  @Test
  @DisplayName("withCodeBook: a locality's table makes its own code valid")
  void localityCodes() {
    RegistrationRecord record = Records.guangdong("2", false).toBuilder().nonEnrolmentReason("77").build();
    assertThat(guangdong.validate(record)).extracting(Violation::code).containsExactly("CODE_UNKNOWN");
    CodeTable reasons = CodeTables.bundled().table("nonEnrolmentReason").orElseThrow();
    CodeTable extended =
        reasons.withOverrides(
            CodeTable.of("nonEnrolmentReason", reasons.name(), reasons.englishName(),
                List.of(new Code("77", "本地原因", Provenance.ASSIGNED, "test"))));
    RecordValidator local = guangdong.withCodeBook(CodeTables.bundled().withTable(extended));
    assertThat(local.validate(record)).isEmpty();
    assertThat(local.codeBook()).isNotEqualTo(guangdong.codeBook());
    assertThat(guangdong.validate(record)).hasSize(1);
  }

  @Test
  @DisplayName("withX returns a new validator and leaves this one as it was")
  void immutable() {
    RecordValidator strict = national.withIdentityParser(IdentityParser.standard().strict());
    assertThat(strict).isNotSameAs(national);
    assertThat(national.identityParser().isStrict()).isFalse();
    assertThat(strict.identityParser().isStrict()).isTrue();
    assertThat(guangdong.requiredFields()).isEqualTo(RequiredFields.bundled("guangdong"));
    assertThat(national.requiredFields()).isEqualTo(RequiredFields.bundled("national"));
    assertThatNullPointerException().isThrownBy(() -> national.validate(null));
    assertThatNullPointerException().isThrownBy(() -> national.withCodeBook(null));
  }

  @Test
  @DisplayName("one validator serves many threads")
  void threadSafe() throws Exception {
    RegistrationRecord bad = garbage();
    List<Violation> expected = guangdong.validate(bad);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Violation>>> results =
          IntStream.range(0, 200)
              .mapToObj(i -> pool.submit(() -> guangdong.validate(i % 2 == 0 ? bad : Records.guangdong("1", true))))
              .toList();
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? expected : List.of());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("codes(): every code validate() can report, each once")
  void codes() {
    assertThat(RecordValidator.codes())
        .doesNotHaveDuplicates()
        .contains("REQUIRED", "TOO_LONG", "NOT_NUMERIC", "DATE_FORMAT", "DATE_TIME_FORMAT", "CODE_UNKNOWN",
            "OUT_OF_RANGE", "ID_LENGTH", "ID_CHARSET", "ID_BIRTH_DATE", "ID_PROVINCE", "ID_CHECK_DIGIT",
            "AREA_CODE_UNKNOWN", "ID_NOT_VERIFIABLE", "BIRTH_DATE_MISMATCH", "SEX_MISMATCH",
            "REVIEWED_BEFORE_HANDLED", "REVIEWER_IS_HANDLER", "PHONE_FORMAT", "DIVISION_FORMAT",
            "VALIDATOR_FAILED");
  }

  /** A record whose every field is wrong: lengths, codes, dates, numbers, empty strings. */
  static RegistrationRecord garbage() {
    return RegistrationRecord.builder()
        .divisionCode("广州")
        .personId("P".repeat(25))
        .socialSecurityNumber(SocialSecurityNumber.of("12345"))
        .name("")
        .sex("男")
        .birthDate("1985-02-30")
        .personStatus("XX")
        .hukouNature("")
        .hukouPlace("地".repeat(151))
        .residenceAddress("   ")
        .householdBookNumber("H".repeat(21))
        .familyNumber("\uD83D\uDE00".repeat(21))
        .hukouLocal(true)
        .hukouDivision("44010600100100")
        .hukouStreetName("")
        .hukouStreetCode("C".repeat(21))
        .hukouCommunityName("社".repeat(101))
        .hukouCommunityCode("")
        .phone(ContactNumber.of("not a phone"))
        .survivalState("8")
        .unit(new Unit(Optional.of("U".repeat(21)), Optional.of(""), Optional.of("ZZ"), Map.of()))
        .guardian(Guardian.of("监".repeat(21), "4401061985031212", "12345678901"))
        .enrolments(
            List.of(
                new Enrolment(Optional.of("999"), Optional.of("7"), Optional.of("yesterday"), Optional.of("x"),
                    Optional.of("ABROAD"), Map.of()),
                new Enrolment(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Map.of())))
        .evidence(List.of("MOON_LANDING", ""))
        .workInjury(new WorkInjury(Optional.of(-5), Optional.of(true), Optional.of("x"), Optional.empty(), Map.of()))
        .dataSource("未知来源".repeat(6))
        .registeredBy("PHONE")
        .comparedAt("2026-11-23")
        .handler("")
        .handledAt("tomorrow")
        .reviewer("")
        .reviewedAt("2026-13-01T00:00:00")
        .employmentState("3")
        .noUnitType("0")
        .nonEnrolmentReason("")
        .enrolmentCategory("1")
        .pensionStatus("00")
        .medicalStatus("")
        .workInjuryStatus("999")
        .unemploymentStatus("4")
        .maternityStatus("5")
        .disabilityAllowanceState("4")
        .survivorPensionState("0")
        .unknown(Map.of("vendorColumn", "kept"))
        .build();
  }

  /** The 18-character number with its MOD 11-2 check character. */
  static String withCheck(String seventeen) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (seventeen.charAt(i) - '0') * weights[i];
    }
    return seventeen + "10X98765432".charAt(sum % 11);
  }
}
