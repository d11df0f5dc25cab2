package io.github.canbao.registration.codes.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("indicators.md: 联系电话, mobile or landline with area code; masked 138****8000")
class PhoneNumberTest {

  @Test
  void mobileNumbers() {
    assertThat(PhoneNumber.parse("13800138000").toOptional().orElseThrow().value()).isEqualTo("13800138000");
    assertThat(PhoneNumber.parse("+86 138-0013-8000").toOptional().orElseThrow().value()).isEqualTo("13800138000");
    assertThat(PhoneNumber.parse("8613800138000").toOptional().orElseThrow().kind()).isEqualTo(PhoneNumber.Kind.MOBILE);
    assertThat(PhoneNumber.isValid("12800138000")).isFalse();
    assertThat(PhoneNumber.isValid("1380013800")).isFalse();
    assertThat(PhoneNumber.isValid("138001380001")).isFalse();
  }

  @Test
  void landlines() {
    assertThat(PhoneNumber.isValid("020-87654321")).isTrue();
    assertThat(PhoneNumber.isValid("0755 8765432")).isTrue();
    assertThat(PhoneNumber.isValid("02087654321")).isTrue();
    assertThat(PhoneNumber.isValid("010-87654321-123")).isTrue();
    assertThat(PhoneNumber.isValid("87654321")).isFalse();
    assertThat(PhoneNumber.parse("020-87654321").toOptional().orElseThrow().kind()).isEqualTo(PhoneNumber.Kind.LANDLINE);
  }

  @Test
  @DisplayName("invalid text gives PHONE_FORMAT with a masked value, never the whole text")
  void invalid() {
    var result = PhoneNumber.parse("1380013800x");
    assertThat(result.errors()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("PHONE_FORMAT");
      assertThat(v.arguments().get("value")).isEqualTo("138****800x");
    });
  }

  @Test
  void masking() {
    assertThat(PhoneNumber.parse("13800138000").toOptional().orElseThrow().toString()).isEqualTo("138****8000");
    assertThat(PhoneNumber.mask("020-87654321")).isEqualTo("020*****4321");
    assertThat(PhoneNumber.mask("12345")).isEqualTo("1***5");
    assertThat(PhoneNumber.mask("")).isEmpty();
  }
}
