package io.github.canbao.registration.codes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

@DisplayName("identity.md: validation of every kind, with distinct codes")
class IdentityParserTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  @TestFactory
  @DisplayName("known-answer vectors (src/test/resources/identity/vectors.csv)")
  Stream<DynamicTest> vectors() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (var reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/identity/vectors.csv")),
                StandardCharsets.UTF_8))) {
      reader.lines()
          .filter(line -> !line.startsWith("#") && !line.startsWith("number,"))
          .forEach(line -> rows.add(line.split(",", -1)));
    }
    assertThat(rows).hasSizeGreaterThan(30);
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row[7] + " [" + IdentityNumber.mask(row[0]) + "]",
                    () -> {
                      IdentityParser parser = IdentityParser.standard().asOf(LocalDate.parse(row[1]));
                      if (Boolean.parseBoolean(row[2])) {
                        parser = parser.strict();
                      }
                      ParseResult<IdentityNumber> result = parser.parse(row[0]);
                      assertThat(parser.kindOf(row[0]).name()).isEqualTo(row[3]);
                      assertThat(result.isValid()).isEqualTo(Boolean.parseBoolean(row[4]));
                      assertThat(parser.isValid(row[0])).isEqualTo(result.isValid());
                      assertThat(codes(result.errors())).isEqualTo(split(row[5]));
                      assertThat(codes(result.warnings())).isEqualTo(split(row[6]));
                      result.toOptional().ifPresent(n -> assertThat(n.kind().name()).isEqualTo(row[3]));
                    }));
  }

  @Test
  @DisplayName("violations name AAC002, carry the severity and never the whole number")
  void violationsAreMaskedAndNamed() {
    String bad = "44010619900101001" + "0";
    ParseResult<IdentityNumber> result = IdentityParser.standard().asOf(AS_OF).parse("11010519491231002" + "1");
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("ID_CHECK_DIGIT");
              assertThat(v.indicator()).isEqualTo("AAC002");
              assertThat(v.field()).isEqualTo("aac002");
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.arguments()).containsEntry("value", "110105********0021");
              assertThat(v.toString()).doesNotContain("110105194912310021");
            });
    assertThat(IdentityParser.standard().parse(bad).toString()).doesNotContain(bad);
  }

  @Test
  @DisplayName("birth dates after the as-of date are rejected; the default as-of is today in China")
  void asOfDate() {
    String bornToday = withCheck("440106" + LocalDate.now(IdentityParser.CHINA).toString().replace("-", "") + "001");
    assertThat(IdentityParser.standard().isValid(bornToday)).isTrue();
    assertThat(IdentityParser.standard().asOf(LocalDate.of(2000, 1, 1)).isValid(bornToday)).isFalse();
  }

  @Test
  @DisplayName("upgrade: a 15-digit number becomes 18 characters; others come back normalised; invalid ones keep their errors")
  void upgrade() {
    IdentityParser parser = IdentityParser.standard().asOf(AS_OF);
    assertThat(parser.upgrade("110105491231002").toOptional().map(IdentityNumber::value))
        .contains("11010519491231002X");
    assertThat(parser.upgrade("11010519491231002x").toOptional().map(IdentityNumber::value))
        .contains("11010519491231002X");
    assertThat(parser.upgrade("usa110090010101").toOptional().map(IdentityNumber::value))
        .contains("USA110090010101");
    assertThat(codes(parser.upgrade("110105491331002").errors())).containsExactly("ID_BIRTH_DATE");
  }

  @Test
  @DisplayName("locality-defined kinds: a pattern and a check, as data")
  void localityPatterns() {
    var table =
        IdentityPattern.parseTable(
            new java.io.StringReader(
                "name,check,pattern\nPASSPORT,none,[EG][0-9]{8}\nGD_OVERSEAS,mod11-2,GD[0-9]{9}[0-9X]\n"),
            "identity-patterns.csv");
    assertThat(table.isValid()).isTrue();
    IdentityParser parser = IdentityParser.standard().asOf(AS_OF).withPatterns(table.toOptional().orElseThrow());

    ParseResult<IdentityNumber> passport = parser.parse("e12345678");
    assertThat(passport.isValid()).isTrue();
    assertThat(codes(passport.warnings())).containsExactly("ID_NOT_VERIFIABLE");
    assertThat(passport.toOptional().orElseThrow().kind()).isEqualTo(IdentityKind.LOCALITY_DEFINED);
    assertThat(passport.toOptional().orElseThrow().localityKind()).contains("PASSPORT");
    assertThat(passport.toOptional().orElseThrow().birthDate()).isEmpty();

    // MOD 11-2 over the nine digits: weights 2^k mod 11 from the check character leftwards.
    String digits = "123456789";
    int sum = 0;
    int weight = 1;
    for (int i = digits.length() - 1; i >= 0; i--) {
      weight = weight * 2 % 11;
      sum += (digits.charAt(i) - '0') * weight;
    }
    char check = "10X98765432".charAt(sum % 11);
    assertThat(parser.isValid("GD" + digits + check)).isTrue();
    assertThat(codes(parser.parse("GD" + digits + (check == '0' ? '1' : '0')).errors()))
        .containsExactly("ID_CHECK_DIGIT");
    // The built-in kinds still work beside locality ones.
    assertThat(parser.isValid("11010519491231002X")).isTrue();
  }

  @Test
  @DisplayName("a malformed identity-pattern file is reported with file and line, not thrown")
  void malformedPatternFile() {
    var table =
        IdentityPattern.parseTable(
            new java.io.StringReader("name,check,pattern\nPASSPORT,luhn,[A-Z]+\nBROKEN,none,[A-Z\n"),
            "identity-patterns.csv");
    assertThat(table.isValid()).isFalse();
    assertThat(table.errors())
        .extracting(v -> v.arguments().get("line"))
        .containsExactly("2", "3");
    assertThat(table.errors()).allSatisfy(v -> assertThat(v.arguments()).containsEntry("file", "identity-patterns.csv"));
  }

  @Test
  @DisplayName("normalise: trim, fold full-width, upper-case")
  void normalise() {
    assertThat(IdentityParser.normalise(" １１０１０５１９４９１２３１００２ｘ\u3000")).isEqualTo("11010519491231002X");
  }

  static String withCheck(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  private static List<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).toList();
  }

  private static List<String> split(String field) {
    return field.isEmpty() ? List.of() : Arrays.asList(field.split(Pattern.quote("|")));
  }
}
