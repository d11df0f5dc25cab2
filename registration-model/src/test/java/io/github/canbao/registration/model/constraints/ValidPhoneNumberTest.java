package io.github.canbao.registration.model.constraints;

import static io.github.canbao.registration.model.constraints.Checks.of;
import static io.github.canbao.registration.model.constraints.Checks.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Guardian;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.validation.Records;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("@ValidPhoneNumber: phone and guardian.phone, a mobile or a landline with area code")
class ValidPhoneNumberTest {

  private final RegistrationRecord valid = Records.national();

  @ParameterizedTest
  @ValueSource(strings = {"13800138000", "+8613800138000", "138 0013 8000", "020-87654321", "0755 2345678", "020-87654321-123"})
  @DisplayName("accepted forms")
  void valid(String phone) {
    assertThat(of(valid.toBuilder().phone(ContactNumber.of(phone)).build())).isEmpty();
    assertThat(of(valid.toBuilder().guardian(Guardian.of("陈老先生", Records.GUARDIAN_NUMBER, phone)).build())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1380013800", "23800138000", "12800138000", "87654321", "020-1234567890", "phone"})
  @DisplayName("PHONE_FORMAT at phone and at guardian.phone, the number masked")
  void invalid(String phone) {
    Violation own = one(valid.toBuilder().phone(ContactNumber.of(phone)).build(), "PHONE_FORMAT", "phone", "phone");
    assertThat(own.arguments().get("value")).doesNotContain(phone);
    one(valid.toBuilder().guardian(Guardian.of("陈老先生", Records.GUARDIAN_NUMBER, phone)).build(),
        "PHONE_FORMAT", "phone", "guardian.phone");
  }
}
