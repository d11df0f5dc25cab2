package io.github.canbao.registration.model.constraints;

import static io.github.canbao.registration.model.constraints.Checks.of;
import static io.github.canbao.registration.model.constraints.Checks.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.validation.Records;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("cross-field constraints (identity.md: AAC006, AAC004; indicators.md: 表4)")
class CrossFieldConstraintsTest {

  private final RegistrationRecord valid = Records.national();

  @Test
  @DisplayName("@ConsistentWithIdentityNumber: BIRTH_DATE_MISMATCH at aac006, showing AAC006 only")
  void birthDate() {
    Violation v = one(valid.toBuilder().birthDate("19850313").build(), "BIRTH_DATE_MISMATCH", "AAC006", "aac006");
    assertThat(v.arguments()).containsEntry("value", "19850313");
    assertThat(of(valid.toBuilder().birthDate("1985-03-12").build())).isEmpty();
    // A 15-digit number carries the birth date of the 1900s.
    assertThat(of(valid.toBuilder().socialSecurityNumber(SocialSecurityNumber.of("440106850312123")).build())).isEmpty();
  }

  @Test
  @DisplayName("@ConsistentWithIdentityNumber: SEX_MISMATCH at aac004 for 1/2; 0 and 9 never mismatch")
  void sex() {
    Violation v = one(valid.toBuilder().sex("2").build(), "SEX_MISMATCH", "AAC004", "aac004");
    assertThat(v.arguments()).containsEntry("value", "2");
    assertThat(of(valid.toBuilder().sex("0").build())).isEmpty();
    assertThat(of(valid.toBuilder().sex("9").build())).isEmpty();
  }

  @Test
  @DisplayName("an invalid number is not compared: its own violation only")
  void invalidNumber() {
    RegistrationRecord record =
        valid.toBuilder().socialSecurityNumber(SocialSecurityNumber.of("440106198503121238")).sex("2").birthDate("20000101").build();
    assertThat(of(record)).extracting(Violation::code).containsExactly("ID_CHECK_DIGIT");
  }

  @Test
  @DisplayName("@ReviewAfterHandling: REVIEWED_BEFORE_HANDLED at aae015; the same instant is fine")
  void reviewOrder() {
    Violation v =
        one(valid.toBuilder().handledAt("2026-11-21T09:00:01").build(), "REVIEWED_BEFORE_HANDLED", "AAE015", "aae015");
    assertThat(v.arguments()).containsEntry("value", "2026-11-21T09:00:00").containsEntry("handledAt", "2026-11-21T09:00:01");
    assertThat(of(valid.toBuilder().handledAt("2026-11-21T09:00:00").build())).isEmpty();
  }

  @Test
  @DisplayName("@ReviewerDiffersFromHandler: REVIEWER_IS_HANDLER at aae014")
  void reviewer() {
    one(valid.toBuilder().reviewer("张三").build(), "REVIEWER_IS_HANDLER", "AAE014", "aae014");
    one(valid.toBuilder().reviewer(" 张三 ").build(), "REVIEWER_IS_HANDLER", "AAE014", "aae014");
  }

  @Test
  @DisplayName("a data-cleaning record has 信息比对 as handler and reviewer (Guangdong 二(三)6)")
  void dataCleaning() {
    assertThat(of(valid.toBuilder().handler("信息比对").reviewer("信息比对").registeredBy("DATA_CLEANING").build()))
        .isEmpty();
    assertThat(of(valid.toBuilder().handler("信息比对").build())).isEmpty();
  }
}
