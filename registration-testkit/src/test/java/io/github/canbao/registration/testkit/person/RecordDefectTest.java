package io.github.canbao.registration.testkit.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.codes.phone.PhoneNumber;
import io.github.canbao.registration.codes.table.CodeTables;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.RegisteredBy;
import io.github.canbao.registration.model.RegistrationRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("RecordDefect: each defect changes exactly what it says, and names its violation code")
class RecordDefectTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final IdentityParser PARSER = IdentityParser.standard().asOf(AS_OF);
  private static final int SEEDS = 300;

  private static final Map<RecordDefect, String> CODES =
      Map.ofEntries(
          Map.entry(RecordDefect.MISSING_REQUIRED, "REQUIRED"),
          Map.entry(RecordDefect.NAME_TOO_LONG, "TOO_LONG"),
          Map.entry(RecordDefect.UNKNOWN_SEX_CODE, "CODE_UNKNOWN"),
          Map.entry(RecordDefect.SEX_MISMATCH, "SEX_MISMATCH"),
          Map.entry(RecordDefect.BIRTH_DATE_MISMATCH, "BIRTH_DATE_MISMATCH"),
          Map.entry(RecordDefect.BAD_BIRTH_DATE_FORMAT, "DATE_FORMAT"),
          Map.entry(RecordDefect.BAD_PHONE, "PHONE_FORMAT"),
          Map.entry(RecordDefect.ID_CHECK_DIGIT, "ID_CHECK_DIGIT"),
          Map.entry(RecordDefect.REVIEWED_BEFORE_HANDLED, "REVIEWED_BEFORE_HANDLED"),
          Map.entry(RecordDefect.REVIEWER_IS_HANDLER, "REVIEWER_IS_HANDLER"),
          Map.entry(RecordDefect.UNKNOWN_ENROLMENT_STATUS, "CODE_UNKNOWN"));

  /** The generator without the defect that the defect's records must equal but in one place. */
  private static RegistrationRecords base(RegistrationRecords records, RecordDefect defect) {
    return defect == RecordDefect.REVIEWER_IS_HANDLER ? records.registeredBy(RegisteredBy.SURVEY) : records;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(RecordDefect.class)
  @DisplayName("the record with a defect equals the record from the same seed without it, but in the expected field")
  void changesOnlyItsField(RecordDefect defect) {
    assertThat(defect.expectedCode()).isEqualTo(CODES.get(defect));
    for (int category = 1; category <= 3; category++) {
      RegistrationRecords records = People.records().category(category);
      for (long seed = 0; seed < SEEDS; seed++) {
        GeneratedRecord broken = records.withDefect(defect).described().next(new SplittableRandom(seed));
        RegistrationRecord valid = base(records, defect).next(new SplittableRandom(seed));
        assertThat(broken.defect()).contains(defect);
        assertThat(broken.expectedCode()).contains(CODES.get(defect));
        String reported = broken.expectedField().orElseThrow();
        assertThat(reported).matches("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)?|enrolments\\[[0-9]+]\\.[A-Za-z0-9]+");
        String field = catalogue(reported);
        RegistrationRecord record = broken.record();
        List<String> differences = RecordPaths.differences(valid, record);
        if (defect == RecordDefect.UNKNOWN_ENROLMENT_STATUS && valid.enrolments().isEmpty()) {
          // The one case where the defect adds what it breaks: a complete enrolment but for its status.
          assertThat(differences).allMatch(p -> p.startsWith("enrolments[]."));
          assertThat(record.enrolments()).hasSize(1);
          assertThat(record.enrolments().get(0).since()).isPresent();
          assertThat(record.enrolments().get(0).place()).isPresent();
        } else {
          assertThat(differences).as("seed %d category %d", seed, category).containsExactly(field);
        }
        check(defect, reported, valid, record);
      }
    }
  }

  /** The catalogue path of a reported one: {@code enrolments[2].since} → {@code enrolments[].since}. */
  private static String catalogue(String reported) {
    return reported.replaceAll("\\[[0-9]+]", "[]");
  }

  /** The enrolment a reported path names, e.g. 2 for {@code enrolments[2].since}. */
  private static int index(String reported) {
    return Integer.parseInt(reported.substring("enrolments[".length(), reported.indexOf(']')));
  }

  private static void check(RecordDefect defect, String reported, RegistrationRecord valid, RegistrationRecord record) {
    String field = catalogue(reported);
    switch (defect) {
      case MISSING_REQUIRED -> {
        int category = Integer.parseInt(valid.enrolmentCategory().orElseThrow());
        boolean employed = valid.employmentState().orElseThrow().equals("1");
        assertThat(RecordPaths.required(category, employed)).contains(field);
        assertThat(RecordPaths.isPresent(valid, field)).isTrue();
        assertThat(RecordPaths.isPresent(record, field)).isFalse();
        if (field.startsWith("enrolments[].")) {
          assertThat(RecordPaths.values(record, field)).hasSize(valid.enrolments().size() - 1);
          Enrolment emptied = record.enrolments().get(index(reported));
          assertThat(List.of(emptied.status(), emptied.since(), emptied.place())).contains(Optional.empty());
        } else {
          assertThat(reported).isEqualTo(field);
        }
      }
      case NAME_TOO_LONG -> {
        String name = record.name().orElseThrow();
        assertThat(name.codePointCount(0, name.length())).isGreaterThan(20);
        assertThat(name).matches("\\p{IsHan}+");
      }
      case UNKNOWN_SEX_CODE -> {
        assertThat(record.sex()).contains("7");
        assertThat(CodeTables.bundled().contains("AAC004", "7")).isFalse();
      }
      case SEX_MISMATCH -> {
        String numberSex = PARSER.parse(record.socialSecurityNumber().orElseThrow().value())
            .toOptional().orElseThrow().sex().orElseThrow();
        assertThat(record.sex().orElseThrow()).isIn("1", "2").isNotEqualTo(numberSex);
      }
      case BIRTH_DATE_MISMATCH -> {
        LocalDate numberBirth = PARSER.parse(record.socialSecurityNumber().orElseThrow().value())
            .toOptional().orElseThrow().birthDate().orElseThrow();
        LocalDate given = LocalDate.parse(record.birthDate().orElseThrow(), DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(Math.abs(ChronoUnit.DAYS.between(numberBirth, given))).isEqualTo(1);
        assertThat(given).isBeforeOrEqualTo(AS_OF);
      }
      case BAD_BIRTH_DATE_FORMAT -> {
        String text = record.birthDate().orElseThrow();
        assertThat(text).matches("[0-9]{4}13[0-9]{2}");
        assertThatThrownBy(() -> LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE))
            .isInstanceOf(DateTimeParseException.class);
      }
      case BAD_PHONE -> {
        assertThat(PhoneNumber.isValid(record.phone().orElseThrow().value())).isFalse();
        assertThat(PhoneNumber.parse(record.phone().orElseThrow().value()).errors())
            .extracting(Violation::code).containsExactly(PhoneNumber.PHONE_FORMAT);
      }
      case ID_CHECK_DIGIT -> {
        String number = record.socialSecurityNumber().orElseThrow().value();
        String validNumber = valid.socialSecurityNumber().orElseThrow().value();
        assertThat(number.substring(0, 17)).isEqualTo(validNumber.substring(0, 17));
        assertThat(number.charAt(17)).isNotEqualTo(validNumber.charAt(17));
        assertThat(PARSER.parse(number).errors()).extracting(Violation::code).containsExactly("ID_CHECK_DIGIT");
        // AAC006 and AAC004 still agree with the number's own date and sex (the record is unchanged there).
        assertThat(record.birthDate()).isEqualTo(valid.birthDate());
        assertThat(record.sex()).isEqualTo(valid.sex());
      }
      case REVIEWED_BEFORE_HANDLED ->
          assertThat(LocalDateTime.parse(record.reviewedAt().orElseThrow()))
              .isBefore(LocalDateTime.parse(record.handledAt().orElseThrow()));
      case REVIEWER_IS_HANDLER -> {
        assertThat(record.reviewer()).isEqualTo(record.handler());
        assertThat(record.reviewer()).isNotEqualTo(Optional.of("信息比对"));
        assertThat(record.registeredBy()).contains(RegisteredBy.SURVEY.name());
      }
      case UNKNOWN_ENROLMENT_STATUS -> {
        assertThat(record.enrolments()).filteredOn(e -> e.status().equals(Optional.of("9"))).hasSize(1);
        assertThat(record.enrolments().get(index(reported)).status()).contains("9");
        assertThat(CodeTables.bundled().contains("AAC008", "9")).isFalse();
        assertThat(record.enrolments()).extracting(Enrolment::status).allMatch(Optional::isPresent);
      }
      default -> throw new AssertionError("untested defect " + defect);
    }
  }

  @ParameterizedTest(name = "category {0}")
  @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3})
  @DisplayName("MISSING_REQUIRED removes, over many seeds, every required field of the category")
  void missingRequiredReachesEveryField(int category) {
    Set<String> removed = new HashSet<>();
    SplittableRandom random = new SplittableRandom(category);
    for (int i = 0; i < 3_000; i++) {
      removed.add(catalogue(People.records().category(category).withDefect(RecordDefect.MISSING_REQUIRED).described()
          .next(random).expectedField().orElseThrow()));
    }
    Set<String> expected = new HashSet<>(RecordPaths.required(category, true));
    expected.addAll(RecordPaths.required(category, false));
    assertThat(removed).isEqualTo(expected);
  }

  @Test
  @DisplayName("a defect and its expected field come together")
  void generatedRecordChecksItsParts() {
    RegistrationRecord record = People.records().next(new SplittableRandom(1));
    assertThatThrownBy(() -> new GeneratedRecord(record, Optional.of(RecordDefect.BAD_PHONE), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeneratedRecord(record, Optional.empty(), Optional.of("phone")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
