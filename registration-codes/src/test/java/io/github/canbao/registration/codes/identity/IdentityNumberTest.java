package io.github.canbao.registration.codes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("identity.md: derived facts, 15/18 conversion and masking")
class IdentityNumberTest {

  private static final IdentityParser PARSER = IdentityParser.standard().asOf(LocalDate.of(2026, 11, 23));

  private static IdentityNumber number(String text) {
    return PARSER.parse(text).toOptional().orElseThrow();
  }

  @Test
  @DisplayName("110105491231002 → 11010519491231002X, and back")
  void upgradeAndDowngrade() {
    IdentityNumber fifteen = number("110105491231002");
    assertThat(fifteen.kind()).isEqualTo(IdentityKind.CITIZEN_15);
    IdentityNumber eighteen = fifteen.upgrade();
    assertThat(eighteen.value()).isEqualTo("11010519491231002X");
    assertThat(eighteen.kind()).isEqualTo(IdentityKind.CITIZEN_18);
    assertThat(PARSER.isValid(eighteen.value())).isTrue();
    assertThat(eighteen.downgrade()).contains(fifteen);
    assertThat(eighteen.upgrade()).isSameAs(eighteen);
  }

  @Test
  @DisplayName("a 15-digit number with year 00 means 1900, never 2000")
  void centuryIsAlways19() {
    IdentityNumber n = number("110105000101001");
    assertThat(n.birthDate()).contains(LocalDate.of(1900, 1, 1));
    assertThat(n.upgrade().value()).startsWith("11010519000101001");
  }

  @Test
  @DisplayName("downgrade exists only for birth years 19xx")
  void downgradeOnlyFor19xx() {
    assertThat(number(IdentityParserTest.withCheck("44010620000229001")).downgrade()).isEmpty();
    assertThat(number("USA110090010101").downgrade()).isEmpty();
  }

  @Test
  @DisplayName("birth date, sex by sequence parity, division code")
  void derivedFacts() {
    IdentityNumber n = number("11010519491231002X");
    assertThat(n.birthDate()).contains(LocalDate.of(1949, 12, 31));
    assertThat(n.sex()).contains("2");
    assertThat(n.divisionCode()).contains("110105");
    assertThat(number(IdentityParserTest.withCheck("44010619900101001")).sex()).contains("1");
    assertThat(number("USA110090010101").birthDate()).isEmpty();
    assertThat(number("USA110090010101").sex()).isEmpty();
    assertThat(number("USA110090010101").divisionCode()).isEmpty();
  }

  @Test
  @DisplayName("the division names come from the GB/T 2260 data")
  void divisionNames() {
    var path = number("11010519491231002X").division().orElseThrow();
    assertThat(path.province()).contains("北京市");
    assertThat(path.county()).contains("朝阳区");
  }

  @Test
  @DisplayName("age in whole years: a birthday counts on the day itself; 29 Feb → 1 Mar")
  void age() {
    IdentityNumber n = number(IdentityParserTest.withCheck("44010620000229001"));
    assertThat(n.ageAt(LocalDate.of(2001, 2, 28)).orElseThrow().years()).isZero();
    assertThat(n.ageAt(LocalDate.of(2001, 3, 1)).orElseThrow().years()).isEqualTo(1);
    assertThat(n.ageAt(LocalDate.of(2004, 2, 29)).orElseThrow().years()).isEqualTo(4);
    IdentityNumber m = number("11010519491231002X");
    assertThat(m.ageAt(LocalDate.of(2009, 12, 30)).orElseThrow().years()).isEqualTo(59);
    assertThat(m.ageAt(LocalDate.of(2009, 12, 31)).orElseThrow().years()).isEqualTo(60);
  }

  @Test
  @DisplayName("masking: 440106********0011 in toString, masked(), and for any text")
  void masking() {
    String text = IdentityParserTest.withCheck("44010620160901001");
    IdentityNumber n = number(text);
    assertThat(n.toString()).isEqualTo("440106********" + text.substring(14));
    assertThat(n.masked()).isEqualTo(n.toString());
    assertThat(n.value()).isEqualTo(text);
    assertThat(IdentityNumber.mask("110105491231002")).isEqualTo("110105*****1002");
    assertThat(IdentityNumber.mask("E12345678")).isEqualTo("E1*****78");
    assertThat(IdentityNumber.mask("")).isEmpty();
  }

  @Test
  @DisplayName("equality is by the normalised value")
  void equality() {
    assertThat(number("11010519491231002x")).isEqualTo(number("11010519491231002X"));
    assertThat(number("11010519491231002x").hashCode()).isEqualTo(number("11010519491231002X").hashCode());
  }
}
