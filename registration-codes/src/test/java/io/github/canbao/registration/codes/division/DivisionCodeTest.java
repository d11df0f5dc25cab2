package io.github.canbao.registration.codes.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

  @Test
  @DisplayName("indicators.md AAB301: six digits of a known division parse without warnings")
  void sixDigits() {
    ParseResult<DivisionCode> result = DivisionCode.parse("440106");
    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings()).isEmpty();
    DivisionCode code = result.toOptional().orElseThrow();
    assertThat(code.code()).isEqualTo("440106");
    assertThat(code.areaCode()).isEqualTo("440106");
    assertThat(code.townshipExtension()).isEmpty();
    assertThat(code.level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(code).hasToString("440106");
  }

  @Test
  @DisplayName("indicators.md AAB301: nine digits are a code plus the township extension")
  void nineDigits() {
    ParseResult<DivisionCode> result = DivisionCode.parse(new StringBuilder("440106001"));
    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings()).isEmpty();
    DivisionCode code = result.toOptional().orElseThrow();
    assertThat(code.areaCode()).isEqualTo("440106");
    assertThat(code.townshipExtension()).contains("001");
    assertThat(code).hasToString("440106001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "4401", "44010", "4401060", "44010600", "4401060011",
      "440106201609010011", " 440106", "440106 ", "44010a", "440106OO1", "４４０１０６", "440-106"})
  @DisplayName("indicators.md AAB301: anything but 6 or 9 ASCII digits is DIVISION_FORMAT")
  void badFormat(String text) {
    ParseResult<DivisionCode> result = DivisionCode.parse(text);
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors()).containsExactly(new Violation(DivisionCode.DIVISION_FORMAT,
        "AAB301", "aab301", Severity.ERROR, Map.of("length", String.valueOf(text.length()))));
    assertThat(DivisionCode.isValid(text)).isFalse();
    assertThatThrownBy(() -> DivisionCode.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a rejected text never appears in the violation (it may be an identity number)")
  void formatViolationDoesNotEchoTheText() {
    Violation violation = DivisionCode.parse("440106201609010011").errors().get(0);
    assertThat(violation.toString()).doesNotContain("201609010011");
  }

  @ParameterizedTest
  @ValueSource(strings = {"999999", "110199", "999999001"})
  @DisplayName("identity.md Division data: an unknown area is a warning, not an error")
  void unknownArea(String text) {
    ParseResult<DivisionCode> result = DivisionCode.parse(text);
    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings()).containsExactly(new Violation(DivisionCode.AREA_CODE_UNKNOWN,
        "AAB301", "aab301", Severity.WARNING, Map.of("areaCode", text.substring(0, 6))));
    assertThat(DivisionCode.isValid(text)).isTrue();
  }

  @Test
  @DisplayName("an abolished code (110103 崇文区) is known, so it parses without warning")
  void abolishedIsKnown() {
    assertThat(DivisionCode.parse("110103").warnings()).isEmpty();
  }

  @Test
  @DisplayName("parse can look codes up in other data")
  void otherData() {
    Divisions only = Divisions.copyOf(List.of(new Division(
        "990000", List.of(DivisionName.current("测试省", 2020)), Optional.empty())));
    assertThat(DivisionCode.parse("990000", only).warnings()).isEmpty();
    assertThat(DivisionCode.parse("440106", only).warnings())
        .extracting(Violation::code).containsExactly("AREA_CODE_UNKNOWN");
  }

  @Test
  @DisplayName("of() and the constructor accept the same text as parse")
  void ofTrustedText() {
    assertThat(DivisionCode.of("110000").level()).isEqualTo(DivisionLevel.PROVINCE);
    assertThat(DivisionCode.of("110100").level()).isEqualTo(DivisionLevel.PREFECTURE);
    assertThat(DivisionCode.of("110105123")).isEqualTo(new DivisionCode("110105123"));
    assertThatThrownBy(() -> DivisionCode.parse(null)).isInstanceOf(NullPointerException.class);
  }
}
