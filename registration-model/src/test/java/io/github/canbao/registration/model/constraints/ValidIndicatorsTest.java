package io.github.canbao.registration.model.constraints;

import static io.github.canbao.registration.model.constraints.Checks.of;
import static io.github.canbao.registration.model.constraints.Checks.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Elsewhere;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SurvivorPension;
import io.github.canbao.registration.model.Unit;
import io.github.canbao.registration.model.WorkInjury;
import io.github.canbao.registration.model.validation.Records;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("@ValidIndicators: length, type and table of every field from its @Indicator (indicators.md)")
class ValidIndicatorsTest {

  private final RegistrationRecord valid = Records.national();

  @Test
  @DisplayName("a valid record has no violation")
  void valid() {
    assertThat(of(valid)).isEmpty();
  }

  @Test
  @DisplayName("TOO_LONG: longer than the indicator's length, counted in code points")
  void tooLong() {
    assertThat(of(valid.toBuilder().name("陈".repeat(20)).build())).isEmpty();
    // U+20000 is two chars in Java but one character of a name.
    assertThat(of(valid.toBuilder().name("\uD840\uDC00".repeat(20)).build())).isEmpty();
    Violation v = one(valid.toBuilder().name("陈".repeat(21)).build(), "TOO_LONG", "AAC003", "aac003");
    assertThat(v.arguments()).containsEntry("max", "20").containsEntry("length", "21");
    one(valid.toBuilder().unit(Unit.of("U0001", "司".repeat(101), "10")).build(), "TOO_LONG", "AAB004", "unit.aab004");
    one(valid.toBuilder().hukouStreetCode("1".repeat(21)).build(), "TOO_LONG", "hukouStreetCode", "hukouStreetCode");
  }

  @Test
  @DisplayName("N is not enforced on AAC001 and AAB001: the spec's own example is P000123 / U0001")
  void localIdentifiers() {
    assertThat(of(valid.toBuilder().personId("P000123").unit(Unit.of("U0001", "某公司", "10")).build())).isEmpty();
    one(valid.toBuilder().personId("P".repeat(21)).build(), "TOO_LONG", "AAC001", "aac001");
  }

  @Test
  @DisplayName("NOT_NUMERIC: a type N field with a non-digit (a record type of its own)")
  void notNumeric() {
    List<Violation> violations = BeanValidation.violations(new TestRecords.Numbers(Optional.of("12a"), Optional.of("x1")));
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("NOT_NUMERIC");
      assertThat(v.indicator()).isEqualTo("XYZ001");
      assertThat(v.field()).isEqualTo("n");
    });
    assertThat(BeanValidation.violations(new TestRecords.Numbers(Optional.of("123"), Optional.empty()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"19850312", "1985-03-12"})
  @DisplayName("a YYYYMMDD date, or YYYY-MM-DD as accepted on input (record-format.md), is valid")
  void dates(String date) {
    assertThat(of(valid.toBuilder().birthDate(date).build())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"19850230", "19990229", "1985031", "198503120", "1985/03/12", "85-03-12", "１９８５０３１２", "yesterday"})
  @DisplayName("DATE_FORMAT: not a real YYYYMMDD date")
  void notDates(String date) {
    // An unreadable AAC006 is not compared with the number: one violation, not two.
    Violation v = one(valid.toBuilder().birthDate(date).build(), "DATE_FORMAT", "AAC006", "aac006");
    assertThat(v.arguments()).containsKey("value");
  }

  @Test
  @DisplayName("DATE_FORMAT in a list element names the element: enrolments[1].since")
  void enrolmentDate() {
    RegistrationRecord record =
        valid.toBuilder()
            .enrolments(List.of(Enrolment.of("110", "1", "20100101", "440100"), Enrolment.of("310", "1", "20100132", "440100")))
            .build();
    one(record, "DATE_FORMAT", "since", "enrolments[1].since");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-23 10:15:00", "2026-11-23", "20261123101500", "2026-11-31T10:15:00", "now"})
  @DisplayName("DATE_TIME_FORMAT: not an ISO-8601 local date-time")
  void notDateTimes(String dateTime) {
    // An unreadable AAE036 is not compared with AAE015: one violation, not two.
    one(valid.toBuilder().handledAt(dateTime).build(), "DATE_TIME_FORMAT", "AAE036", "aae036");
  }

  @Test
  @DisplayName("a date-time with minutes only or with a fraction is ISO-8601 too")
  void dateTimes() {
    assertThat(of(valid.toBuilder().handledAt("2026-11-20T10:15").reviewedAt("2026-11-21T09:00:00.5").build())).isEmpty();
  }

  @Test
  @DisplayName("CODE_UNKNOWN: not in the field's code table (codes.md)")
  void codeUnknown() {
    Violation v = one(valid.toBuilder().sex("3").build(), "CODE_UNKNOWN", "AAC004", "aac004");
    assertThat(v.arguments()).containsEntry("value", "3").containsEntry("table", "AAC004");
    one(valid.toBuilder().pensionStatus("10").build(), "CODE_UNKNOWN", "AIC003", "aic003");
    one(valid.toBuilder().unit(Unit.of("U1", "某公司", "11")).build(), "CODE_UNKNOWN", "AAB019", "unit.aab019");
    one(valid.toBuilder().enrolments(List.of(Enrolment.of("110", "4", "20100101", "440100"))).build(),
        "CODE_UNKNOWN", "AAC008", "enrolments[0].aac008");
    one(valid.toBuilder().noUnitType("6").build(), "CODE_UNKNOWN", "noUnitType", "noUnitType");
  }

  @Test
  @DisplayName("CODE_UNKNOWN: an evidence name not in Evidence, elsewhere not in Elsewhere, registeredBy not in RegisteredBy")
  void closedNameSets() {
    Violation evidence =
        one(valid.toBuilder().evidence(List.of("STUDENT_ROLL", "student_roll")).build(), "CODE_UNKNOWN", "evidence", "evidence[1]");
    assertThat(evidence.arguments()).containsEntry("table", "Evidence");
    Enrolment elsewhere =
        new Enrolment(Optional.of("110"), Optional.of("1"), Optional.of("20100101"), Optional.of("440100"), Optional.of("ABROAD"),
            Map.of());
    one(valid.toBuilder().enrolments(List.of(elsewhere)).build(), "CODE_UNKNOWN", "elsewhere", "enrolments[0].elsewhere");
    assertThat(of(valid.toBuilder().enrolments(List.of(Enrolment.of("110", "1", "20100101", "440100")
        .withElsewhere(Elsewhere.OUT_OF_PROVINCE))).build())).isEmpty();
    one(valid.toBuilder().registeredBy("PHONE").build(), "CODE_UNKNOWN", "registeredBy", "registeredBy");
    assertThat(of(valid.toBuilder().registeredBy("DATA_CLEANING").build())).isEmpty();
  }

  @Test
  @DisplayName("OUT_OF_RANGE: the work-injury grade is 1-10 (Guangdong 二(三)4)")
  void grade() {
    for (int grade : new int[] {1, 10}) {
      assertThat(of(valid.toBuilder().workInjury(injury(grade)).build())).isEmpty();
    }
    for (int grade : new int[] {0, 11, -1}) {
      Violation v = one(valid.toBuilder().workInjury(injury(grade)).build(), "OUT_OF_RANGE", "grade", "workInjury.grade");
      assertThat(v.arguments()).isEqualTo(Map.of("value", Integer.toString(grade), "min", "1", "max", "10"));
    }
  }

  @Test
  @DisplayName("absent and blank values are left to the required-field check")
  void blanks() {
    assertThat(of(valid.toBuilder().sex("").birthDate(" ").handledAt("").evidence(List.of("")).build())).isEmpty();
  }

  private static WorkInjury injury(int grade) {
    return new WorkInjury(Optional.of(grade), Optional.of(true), Optional.of("1"), Optional.of(SurvivorPension.of(true, "1")),
        Map.of());
  }
}
