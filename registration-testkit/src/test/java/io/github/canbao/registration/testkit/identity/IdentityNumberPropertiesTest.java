package io.github.canbao.registration.testkit.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityKind;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.testkit.quicktheories.Gens;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("identity.md properties, over generated numbers (QuickTheories)")
class IdentityNumberPropertiesTest {

  private static final IdentityParser PARSER = IdentityParser.standard().asOf(LocalDate.of(2026, 11, 23));
  private static final String CHARACTERS = "0123456789X";

  @Test
  @DisplayName("a generated valid number is valid, without warnings, and reads back its birth date and sex")
  void generatedNumbersReadBack() {
    qt().withExamples(2_000)
        .forAll(Gens.of(Identities.citizenNumbers()))
        .checkAssert(
            generated -> {
              ParseResult<IdentityNumber> result = PARSER.parse(generated.number());
              assertThat(result.errors()).as(generated.toString()).isEmpty();
              assertThat(result.warnings()).as(generated.toString()).isEmpty();
              IdentityNumber number = result.toOptional().orElseThrow();
              assertThat(number.kind()).isEqualTo(IdentityKind.CITIZEN_18);
              assertThat(number.birthDate()).contains(generated.birthDate());
              assertThat(number.sex()).contains(generated.sex());
              assertThat(number.divisionCode()).contains(generated.division());
            });
  }

  @Test
  @DisplayName("every single-character substitution is detected")
  void everySubstitutionIsDetected() {
    qt().withExamples(500)
        .forAll(Gens.of(Identities.citizenNumbers().numbers()))
        .checkAssert(
            number -> {
              for (int i = 0; i < 18; i++) {
                for (char c : CHARACTERS.toCharArray()) {
                  if (c == number.charAt(i)) {
                    continue;
                  }
                  String changed = number.substring(0, i) + c + number.substring(i + 1);
                  assertThat(PARSER.isValid(changed)).as("position %d → %s", i, c).isFalse();
                }
              }
            });
  }

  @Test
  @DisplayName("every swap of two unequal adjacent characters is detected")
  void everyAdjacentSwapIsDetected() {
    qt().withExamples(1_000)
        .forAll(Gens.of(Identities.citizenNumbers().numbers()))
        .checkAssert(
            number -> {
              for (int i = 0; i < 17; i++) {
                if (number.charAt(i) == number.charAt(i + 1)) {
                  continue;
                }
                String swapped =
                    number.substring(0, i) + number.charAt(i + 1) + number.charAt(i) + number.substring(i + 2);
                assertThat(PARSER.isValid(swapped)).as("swap at %d", i).isFalse();
              }
            });
  }

  @Test
  @DisplayName("every valid 15-digit number upgrades to a valid 18-character number that downgrades back to it")
  void upgradeThenDowngrade() {
    qt().withExamples(2_000)
        .forAll(Gens.of(Identities.citizenNumbers().fifteenDigit()))
        .checkAssert(
            generated -> {
              IdentityNumber fifteen = PARSER.parse(generated.number()).toOptional().orElseThrow();
              assertThat(fifteen.kind()).isEqualTo(IdentityKind.CITIZEN_15);
              assertThat(fifteen.birthDate()).contains(generated.birthDate());
              assertThat(fifteen.sex()).contains(generated.sex());
              IdentityNumber eighteen = fifteen.upgrade();
              assertThat(PARSER.parse(eighteen.value()).errors()).isEmpty();
              assertThat(eighteen.birthDate()).isEqualTo(fifteen.birthDate());
              assertThat(eighteen.sex()).isEqualTo(fifteen.sex());
              assertThat(eighteen.downgrade()).contains(fifteen);
            });
  }

  @Test
  @DisplayName("each generated defect gives exactly its own violation code, in both forms")
  void defectsGiveTheirCode() {
    for (IdentityDefect defect : IdentityDefect.values()) {
      qt().withExamples(300)
          .forAll(Gens.of(Identities.citizenNumbers().withDefect(defect)))
          .checkAssert(generated -> assertThat(codes(PARSER.parse(generated.number()))).containsExactly(defect.expectedCode()));
      if (defect != IdentityDefect.CHECK_DIGIT && defect != IdentityDefect.FUTURE_BIRTH) {
        qt().withExamples(300)
            .forAll(Gens.of(Identities.citizenNumbers().fifteenDigit().withDefect(defect)))
            .checkAssert(generated -> assertThat(codes(PARSER.parse(generated.number()))).containsExactly(defect.expectedCode()));
      }
    }
  }

  @Test
  @DisplayName("masking never leaks more than the first 6 and last 4 characters")
  void maskingLeaksAtMostTenCharacters() {
    qt().withExamples(5_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              String stripped = text.strip();
              String masked = IdentityNumber.mask(text);
              assertThat(masked).hasSameSizeAs(stripped);
              for (int i = 0; i < masked.length(); i++) {
                boolean shown = i < 6 || i >= masked.length() - 4;
                if (!shown) {
                  assertThat(masked.charAt(i)).as("position %d of %d", i, masked.length()).isEqualTo('*');
                }
              }
              assertThat(masked.chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(10);
            });
    qt().withExamples(1_000)
        .forAll(Gens.of(Identities.citizenNumbers().numbers()))
        .checkAssert(
            number -> {
              IdentityNumber parsed = PARSER.parse(number).toOptional().orElseThrow();
              assertThat(parsed.toString()).isEqualTo(number.substring(0, 6) + "********" + number.substring(14));
            });
  }

  private static java.util.List<String> codes(ParseResult<?> result) {
    return result.errors().stream().map(Violation::code).toList();
  }
}
