package io.github.canbao.registration.testkit.phone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.phone.PhoneNumber;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.assertions.UnmaskedNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("issue 6: generated phone numbers are valid, or of no accepted form (PHONE_FORMAT)")
class PhoneNumbersTest {

  @Test
  @DisplayName("mobiles and landlines parse, of their kind; a mobile is what UnmaskedNumber recognises")
  void valid() {
    Seed.of(1).check(PhoneNumbers.mobiles(), 2_000, n -> {
      assertThat(PhoneNumber.parse(n).toOptional().orElseThrow().kind()).isEqualTo(PhoneNumber.Kind.MOBILE);
      assertThat(UnmaskedNumber.findIn(n)).extracting(UnmaskedNumber::kind).containsExactly("MOBILE");
    });
    Seed.of(2).check(PhoneNumbers.landlines(), 2_000,
        n -> assertThat(PhoneNumber.parse(n).toOptional().orElseThrow().kind()).isEqualTo(PhoneNumber.Kind.LANDLINE));
  }

  @Test
  @DisplayName("malformed numbers give exactly PHONE_FORMAT")
  void malformed() {
    Seed.of(3).check(PhoneNumbers.malformed(), 2_000,
        n -> assertThat(PhoneNumber.parse(n).errors()).extracting(Violation::code).containsExactly(PhoneNumber.PHONE_FORMAT));
  }
}
