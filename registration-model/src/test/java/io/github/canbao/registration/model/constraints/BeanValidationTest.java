package io.github.canbao.registration.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Guardian;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.constraints.internal.ConstraintViolations;
import io.github.canbao.registration.model.validation.Records;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the constraints in a plain Bean Validation run (style.md 11: an application's own Validator)")
class BeanValidationTest {

  private final Locale defaultLocale = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  private static final RegistrationRecord BAD =
      Records.national().toBuilder()
          .guardian(Guardian.of("陈老先生", "110105194912310021", "13800138000"))
          .enrolments(List.of(Enrolment.of("110", "1", "20100101", "4401")))
          // An unknown area is only a warning: a plain run reports errors only.
          .socialSecurityNumber(SocialSecurityNumber.of("449999198503121232"))
          .build();

  @Test
  @DisplayName("violations sit at their field's path and carry this library's Violation")
  void paths() {
    Map<String, Violation> byPath = new TreeMap<>();
    for (ConstraintViolation<RegistrationRecord> v : BeanValidation.validate(BAD)) {
      byPath.put(v.getPropertyPath().toString(), ConstraintViolations.toViolation(v));
    }
    assertThat(byPath.keySet()).containsExactly("enrolments[0].place", "guardian.aac002");
    assertThat(byPath.get("guardian.aac002").code()).isEqualTo("ID_CHECK_DIGIT");
    assertThat(byPath.get("enrolments[0].place").code()).isEqualTo("DIVISION_FORMAT");
  }

  @Test
  @DisplayName("messages come from ContributorValidationMessages, in Chinese for a zh default locale")
  void chineseMessages() {
    Locale.setDefault(Locale.CHINA);
    assertThat(messages(BAD))
        .containsExactlyInAnyOrder(
            "place 参保地（enrolments[0].place）应为 6 位或 9 位数字的行政区划代码（实为 4 个字符）",
            "AAC002 监护人公民身份号码（guardian.aac002）校验码错误：110105********0021");
  }

  @Test
  @DisplayName("messages in English for an en default locale; never the whole number")
  void englishMessages() {
    Locale.setDefault(Locale.ENGLISH);
    assertThat(messages(BAD))
        .containsExactlyInAnyOrder(
            "place 参保地 (enrolments[0].place) must be a division code of 6 or 9 digits (given: 4 characters)",
            "AAC002 监护人公民身份号码 (guardian.aac002) has a wrong check character: 110105********0021");
  }

  @Test
  @DisplayName("value-level constraints on a vendor's own form, null valid")
  void valueLevel() {
    TestRecords.Form bad =
        new TestRecords.Form(
            "440106198503121238",
            Optional.of(SocialSecurityNumber.of("4401061985")),
            "1380013800",
            Optional.of(ContactNumber.of("12345")),
            "44");
    Map<String, String> codes = new TreeMap<>();
    for (ConstraintViolation<TestRecords.Form> v : BeanValidation.validate(bad)) {
      codes.put(v.getPropertyPath().toString(),
          ConstraintViolations.toViolation(v).code());
      assertThat(v.getMessage()).doesNotContain("440106198503121238", "1380013800");
    }
    assertThat(codes)
        .containsEntry("idNumber", "ID_CHECK_DIGIT")
        .containsEntry("mobile", "PHONE_FORMAT")
        .containsEntry("place", "DIVISION_FORMAT")
        .hasSize(5);
    assertThat(codes.values()).contains("ID_LENGTH");
    TestRecords.Form good =
        new TestRecords.Form(Records.NUMBER, Optional.empty(), "13800138000", Optional.of(ContactNumber.of("020-87654321")), "440106");
    assertThat(BeanValidation.validate(good)).isEmpty();
    assertThat(BeanValidation.validate(new TestRecords.Form(null, Optional.empty(), null, Optional.empty(), null))).isEmpty();
  }

  @Test
  @DisplayName("a check that throws is VALIDATOR_FAILED at its field, naming the exception class only")
  void validatorFailed() {
    List<Violation> violations =
        BeanValidation.violations(new TestRecords.Broken(Optional.of("x"), Optional.of(SocialSecurityNumber.of("440106198503121238"))));
    assertThat(violations)
        .extracting(Violation::code, Violation::field)
        .containsOnly(
            tuple("VALIDATOR_FAILED", "x"),
            tuple("ID_CHECK_DIGIT", "aac002"));
    assertThat(violations)
        .filteredOn(v -> v.code().equals("VALIDATOR_FAILED"))
        .allSatisfy(v -> assertThat(v.arguments()).isEqualTo(Map.of("exception", "java.lang.IllegalStateException")));
    assertThat(violations.toString()).doesNotContain("secret", "440106198503121238");
  }

  private static Set<String> messages(RegistrationRecord record) {
    return BeanValidation.validate(record).stream()
        .map(ConstraintViolation::getMessage)
        .collect(Collectors.toSet());
  }
}
