package io.github.canbao.registration.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.identity.Identities;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("issue 6, style.md 6: the assertion that no text shows a whole identity or phone number")
class UnmaskedNumberTest {

  @Test
  @DisplayName("a whole number of each kind is found, wherever it stands in a text; its masked form is fine")
  void findsWholeNumbers() {
    Seed.of(11).check(Identities.citizenNumbers().numbers(), 500, number -> {
      String text = "身份证号" + number + "校验位错误";
      assertThat(UnmaskedNumber.findIn(text)).singleElement().satisfies(found -> {
        assertThat(found.kind()).isEqualTo("CITIZEN_18");
        assertThat(found.start()).isEqualTo(4);
        assertThat(found.masked()).isEqualTo(IdentityNumber.mask(number));
      });
      assertThatThrownBy(() -> UnmaskedNumber.assertNoneIn(text)).isInstanceOf(AssertionError.class)
          .hasMessageContaining(IdentityNumber.mask(number)).hasMessageNotContaining(number);
      UnmaskedNumber.assertNoneIn("身份证号" + IdentityNumber.mask(number) + "校验位错误");
    });
    Seed.of(12).check(Identities.citizenNumbers().fifteenDigit().numbers(), 200,
        n -> assertThat(UnmaskedNumber.findIn("aac002=" + n)).extracting(UnmaskedNumber::kind).containsExactly("CITIZEN_15"));
    Seed.of(13).check(Identities.residencePermits().numbers(), 200,
        n -> assertThat(UnmaskedNumber.findIn(n)).hasSize(1));
    Seed.of(14).check(Identities.foreignPermanentResidents().numbers(), 200,
        n -> assertThat(UnmaskedNumber.findIn(n)).extracting(UnmaskedNumber::kind).containsExactly("FOREIGN_PERMANENT_2023"));
    Seed.of(15).check(Identities.foreignPermanentResidents().form2004().numbers(), 200,
        n -> assertThat(UnmaskedNumber.findIn(n)).extracting(UnmaskedNumber::kind).containsExactly("FOREIGN_PERMANENT_2004"));
    assertThat(UnmaskedNumber.findIn("电话 13812348000。")).extracting(UnmaskedNumber::masked).containsExactly("138****8000");
  }

  @Test
  @DisplayName("masked numbers, longer digit runs and numbers with a wrong check character are not whole numbers")
  void ignoresOthers() {
    assertThat(UnmaskedNumber.findIn("440106********0011 and 138****8000")).isEmpty();
    assertThat(UnmaskedNumber.findIn("account 6222021234567890123456")).isEmpty();
    Seed.of(16).check(Identities.citizenNumbers().withDefect(io.github.canbao.registration.testkit.identity.IdentityDefect.CHECK_DIGIT).numbers(),
        200, n -> assertThat(UnmaskedNumber.findIn(n)).isEmpty());
  }

  @Test
  @DisplayName("given secrets are found whole in either case, valid or not, and reported masked")
  void secrets() {
    assertThatThrownBy(() -> UnmaskedNumber.assertNoneIn("bad: 11010519491231002x!", List.of("11010519491231002X")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("110105********002X");
    assertThatThrownBy(() -> UnmaskedNumber.assertNoneIn("x 1234567890abc", List.of(" 1234567890ABC ")))
        .isInstanceOf(AssertionError.class).hasMessageNotContaining("1234567890");
    UnmaskedNumber.assertNoneIn("nothing here", List.of("1234567890ABC"));
  }
}
