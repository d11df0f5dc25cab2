package io.github.canbao.registration.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("identity.md Masking: 440106********0011, 138****8000, short text never whole")
class MaskTest {

  @Test
  void masks() {
    assertThat(Mask.IDENTITY_NUMBER.apply("440106201609010011")).isEqualTo("440106********0011");
    assertThat(Mask.PHONE_NUMBER.apply("13800138000")).isEqualTo("138****8000");
    assertThat(Mask.PHONE_NUMBER.apply("87654321")).isEqualTo("87****21");
    assertThat(Mask.IDENTITY_NUMBER.apply(" E12345678 ")).isEqualTo("E1*****78");
    assertThat(Mask.IDENTITY_NUMBER.apply("")).isEmpty();
  }

  @Test
  void rejectsAMaskThatWouldShowEverything() {
    assertThatThrownBy(() -> new Mask(6, 4, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void masksEveryLongNumberInFreeText() {
    assertThat(Mask.numbersIn("tel 13800138000, id 440106201609010011 / 11010519491231002x; short 1234567890"))
        .isEqualTo("tel 138****8000, id 440106********0011 / 110105********002x; short 1234567890");
    assertThat(Mask.numbersIn("no number here")).isEqualTo("no number here");
  }
}
