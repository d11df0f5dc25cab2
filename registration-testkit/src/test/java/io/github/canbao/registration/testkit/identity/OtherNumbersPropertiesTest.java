package io.github.canbao.registration.testkit.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityKind;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.testkit.quicktheories.Gens;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("identity.md, other numbers: residence permits, permanent residence cards, numbers by province")
class OtherNumbersPropertiesTest {

  private static final IdentityParser PARSER = IdentityParser.standard().asOf(LocalDate.of(2026, 11, 23));

  @Test
  @DisplayName("residence permits are valid, of their kind, and read back birth date and sex")
  void residencePermits() {
    qt().withExamples(1_000)
        .forAll(Gens.of(Identities.residencePermits()))
        .checkAssert(generated -> {
          ParseResult<IdentityNumber> result = PARSER.parse(generated.number());
          assertThat(result.errors()).as(generated.toString()).isEmpty();
          assertThat(result.warnings()).isEmpty();
          IdentityNumber number = result.toOptional().orElseThrow();
          assertThat(number.kind().isResidencePermit()).isTrue();
          assertThat(number.birthDate()).contains(generated.birthDate());
          assertThat(number.sex()).contains(generated.sex());
        });
    assertThat(PARSER.kindOf(Identities.residencePermits().hongKong().numbers().next(new java.util.SplittableRandom(1))))
        .isEqualTo(IdentityKind.RESIDENCE_PERMIT_HK);
    assertThat(PARSER.kindOf(Identities.residencePermits().macao().numbers().next(new java.util.SplittableRandom(1))))
        .isEqualTo(IdentityKind.RESIDENCE_PERMIT_MO);
    qt().withExamples(300)
        .forAll(Gens.of(Identities.residencePermits().taiwan().bornBetween(1960, 1970).female()))
        .checkAssert(g -> {
          assertThat(PARSER.kindOf(g.number())).isEqualTo(IdentityKind.RESIDENCE_PERMIT_TW);
          assertThat(g.birthDate().getYear()).isBetween(1960, 1970);
          assertThat(PARSER.parse(g.number()).toOptional().orElseThrow().sex()).contains("2");
        });
  }

  @Test
  @DisplayName("each defect of a residence permit gives exactly its code; PROVINCE is refused")
  void residencePermitDefects() {
    for (IdentityDefect defect : IdentityDefect.values()) {
      if (defect == IdentityDefect.PROVINCE) {
        assertThatThrownBy(() -> Identities.residencePermits().withDefect(defect))
            .isInstanceOf(IllegalArgumentException.class);
        continue;
      }
      qt().withExamples(300)
          .forAll(Gens.of(Identities.residencePermits().withDefect(defect)))
          .checkAssert(g -> assertThat(codes(PARSER.parse(g.number()))).as(g.toString()).containsExactly(defect.expectedCode()));
    }
  }

  @Test
  @DisplayName("2023 permanent residence cards are valid, of their kind; 2004 cards valid by shape with ID_NOT_VERIFIABLE")
  void permanentResidenceCards() {
    qt().withExamples(1_000)
        .forAll(Gens.of(Identities.foreignPermanentResidents()))
        .checkAssert(g -> {
          ParseResult<IdentityNumber> result = PARSER.parse(g.number());
          assertThat(result.errors()).as(g.toString()).isEmpty();
          assertThat(result.toOptional().orElseThrow().kind()).isEqualTo(IdentityKind.FOREIGN_PERMANENT_2023);
        });
    qt().withExamples(1_000)
        .forAll(Gens.of(Identities.foreignPermanentResidents().form2004()))
        .checkAssert(g -> {
          ParseResult<IdentityNumber> result = PARSER.parse(g.number());
          assertThat(result.errors()).as(g.toString()).isEmpty();
          assertThat(result.warnings()).extracting(Violation::code).containsExactly("ID_NOT_VERIFIABLE");
          assertThat(result.toOptional().orElseThrow().kind()).isEqualTo(IdentityKind.FOREIGN_PERMANENT_2004);
        });
  }

  @Test
  @DisplayName("each defect a permanent residence card can carry gives exactly its code; the others are refused")
  void permanentResidenceDefects() {
    Set<IdentityDefect> of2023 = Set.of(IdentityDefect.CHECK_DIGIT, IdentityDefect.LENGTH, IdentityDefect.CHARSET);
    for (IdentityDefect defect : IdentityDefect.values()) {
      if (!of2023.contains(defect)) {
        assertThatThrownBy(() -> Identities.foreignPermanentResidents().withDefect(defect))
            .isInstanceOf(IllegalArgumentException.class);
        continue;
      }
      qt().withExamples(300)
          .forAll(Gens.of(Identities.foreignPermanentResidents().withDefect(defect)))
          .checkAssert(g -> assertThat(codes(PARSER.parse(g.number()))).as(g.toString()).containsExactly(defect.expectedCode()));
      if (defect != IdentityDefect.CHECK_DIGIT) {
        qt().withExamples(300)
            .forAll(Gens.of(Identities.foreignPermanentResidents().form2004().withDefect(defect)))
            .checkAssert(g -> assertThat(codes(PARSER.parse(g.number()))).as(g.toString()).containsExactly(defect.expectedCode()));
      }
    }
    assertThatThrownBy(() -> Identities.foreignPermanentResidents().form2004().withDefect(IdentityDefect.CHECK_DIGIT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("citizen numbers by province carry a current county of that province, in both forms")
  void byProvince() {
    qt().withExamples(500)
        .forAll(Gens.of(Identities.citizenNumbers().inProvince("44").bornBetween(1950, 1970).female()))
        .checkAssert(g -> {
          assertThat(g.number()).startsWith("44");
          IdentityNumber number = PARSER.parse(g.number()).toOptional().orElseThrow();
          assertThat(number.sex()).contains("2");
          assertThat(g.birthDate().getYear()).isBetween(1950, 1970);
        });
    qt().withExamples(300)
        .forAll(Gens.of(Identities.citizenNumbers().inProvince("65").fifteenDigit()))
        .checkAssert(g -> {
          assertThat(g.number()).hasSize(15).startsWith("65");
          assertThat(PARSER.parse(g.number()).errors()).isEmpty();
        });
    assertThatThrownBy(() -> Identities.citizenNumbers().inProvince("99")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("withAnyDefect: each number has one defect, named in the result, and exactly its code")
  void anyDefect() {
    for (CitizenNumbers numbers : List.of(Identities.citizenNumbers(), Identities.citizenNumbers().fifteenDigit())) {
      qt().withExamples(1_000)
          .forAll(Gens.of(numbers.withAnyDefect()))
          .checkAssert(g -> assertThat(codes(PARSER.parse(g.number()))).as(g.toString())
              .containsExactly(g.defect().orElseThrow().expectedCode()));
    }
  }

  @Test
  @DisplayName("withError(code): every error code of identity.md, asked for by name, is exactly what the parser reports")
  void byErrorCode() {
    for (String code : List.of("ID_LENGTH", "ID_CHARSET", "ID_BIRTH_DATE", "ID_PROVINCE", "ID_CHECK_DIGIT")) {
      qt().withExamples(300)
          .forAll(Gens.of(Identities.citizenNumbers().withError(code)))
          .checkAssert(g -> assertThat(codes(PARSER.parse(g.number()))).as(g.toString()).containsExactly(code));
      if (!code.equals("ID_CHECK_DIGIT")) {
        qt().withExamples(300)
            .forAll(Gens.of(Identities.citizenNumbers().fifteenDigit().withError(code)))
            .checkAssert(g -> assertThat(codes(PARSER.parse(g.number()))).as(g.toString()).containsExactly(code));
      }
    }
    assertThat(IdentityDefect.producing("ID_BIRTH_DATE")).containsExactly(IdentityDefect.BIRTH_DATE, IdentityDefect.FUTURE_BIRTH);
    assertThatThrownBy(() -> Identities.citizenNumbers().withError("AREA_CODE_UNKNOWN")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Identities.citizenNumbers().fifteenDigit().withError("ID_CHECK_DIGIT"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> codes(ParseResult<?> result) {
    return result.errors().stream().map(Violation::code).toList();
  }
}
