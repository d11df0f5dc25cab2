package io.github.canbao.registration.model.constraints;

import static io.github.canbao.registration.model.constraints.Checks.of;
import static io.github.canbao.registration.model.constraints.Checks.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.model.Guardian;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.validation.Records;
import io.github.canbao.registration.model.validation.RequiredFields;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("@ValidIdentityNumber: aac002 and guardian.aac002 read by IdentityParser (identity.md)")
class ValidIdentityNumberTest {

  private final RegistrationRecord valid = Records.national();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "440106198503121238, ID_CHECK_DIGIT",
    "440106198502301236, ID_BIRTH_DATE",
    "44010619850312123, ID_LENGTH",
    "4401061985031212370, ID_LENGTH",
    "44010619850312123A, ID_CHARSET",
    "4401061985O312123X, ID_CHARSET",
    "000106198503121235, ID_PROVINCE",
  })
  @DisplayName("each problem of the person's number is its own code at aac002, the number masked")
  void person(String number, String code) {
    RegistrationRecord record = valid.toBuilder().socialSecurityNumber(SocialSecurityNumber.of(number)).build();
    Violation v = one(record, code, "AAC002", "aac002");
    assertThat(v.arguments().get("value")).contains("*").doesNotContain(number);
  }

  @Test
  @DisplayName("the guardian's number is validated like any identity number, at guardian.aac002")
  void guardian() {
    RegistrationRecord record =
        valid.toBuilder().guardian(Guardian.of("陈老先生", "110105194912310021", "13800138000")).build();
    Violation v = one(record, "ID_CHECK_DIGIT", "AAC002", "guardian.aac002");
    assertThat(v.arguments()).containsEntry("value", "110105********0021");
    one(valid.toBuilder().guardian(Guardian.of("陈老先生", "110105194913310021", null)).build(),
        "ID_BIRTH_DATE", "AAC002", "guardian.aac002");
  }

  @Test
  @DisplayName("valid kinds: an old 15-digit number, a lower-case x (lenient), a residence permit")
  void validKinds() {
    assertThat(of(valid.toBuilder().socialSecurityNumber(SocialSecurityNumber.of("440106850312123")).build())).isEmpty();
    RegistrationRecord lower =
        valid.toBuilder().guardian(Guardian.of("陈老先生", "11010519491231002x", null)).build();
    assertThat(of(lower)).isEmpty();
    // Strict mode: the lower-case x is ID_CHARSET (identity.md).
    assertThat(Checks.CONSTRAINTS.withIdentityParser(IdentityParser.standard().strict()).validate(lower))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.code()).isEqualTo("ID_CHARSET");
          assertThat(v.field()).isEqualTo("guardian.aac002");
        });
  }

  @Test
  @DisplayName("warnings: AREA_CODE_UNKNOWN for an unknown address, ID_NOT_VERIFIABLE for a 2004 foreigner's card")
  void warnings() {
    Violation area =
        one(valid.toBuilder().socialSecurityNumber(SocialSecurityNumber.of("449999198503121232")).build(),
            "AREA_CODE_UNKNOWN", "AAC002", "aac002");
    assertThat(area.severity()).isEqualTo(Severity.WARNING);
    RegistrationRecord foreigner =
        valid.toBuilder().socialSecurityNumber(SocialSecurityNumber.of("USA123456789012")).sex(null).birthDate(null).build();
    Violation card = one(foreigner, "ID_NOT_VERIFIABLE", "AAC002", "aac002");
    assertThat(card.severity()).isEqualTo(Severity.WARNING);
    assertThat(card.arguments().get("value")).isEqualTo("USA123*****9012");
  }

  @Test
  @DisplayName("a blank number counts as absent: REQUIRED, not ID_LENGTH")
  void blank() {
    RegistrationRecord record = valid.toBuilder().socialSecurityNumber(SocialSecurityNumber.of(" ")).build();
    assertThat(of(record)).isEmpty();
    assertThat(Checks.CONSTRAINTS.withRequiredFields(RequiredFields.bundled("national")).validate(record))
        .extracting(Violation::code, Violation::field)
        .containsExactly(tuple("REQUIRED", "aac002"));
  }
}
