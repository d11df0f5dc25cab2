package io.github.canbao.registration.benchmarks;

import cn.hutool.core.util.IdcardUtil;
import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.testkit.identity.Identities;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the Markdown table of {@code docs/benchmarks.md} that lists, for hand-picked inputs, what
 * each library decides and which of them is wrong by GB 11643 and {@code identity.md}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.canbao.registration.benchmarks.IdentityComparison
 * }</pre>
 */
public final class IdentityComparison {

  private IdentityComparison() {}

  /** An input, whether it is valid by the specification, and why. */
  record Case(String number, boolean validBySpec, String why) {}

  static final List<Case> CASES =
      List.of(
          new Case("11010519491231002X", true, "valid 18-character number (spec example)"),
          new Case("110105491231002", true, "valid 15-digit number (spec example)"),
          new Case("110105000101001", true, "15-digit, year 00 = 1900 (century is always 19)"),
          new Case(Identities.withCheckCharacter("44010619990229001"), false, "19990229 is no date"),
          new Case(Identities.withCheckCharacter("44010620991231001"), false, "birth date after the as-of date"),
          new Case(Identities.withCheckCharacter("44010618700101001"), false, "born before 1880-01-01"),
          new Case(Identities.withCheckCharacter("44019919900101001"), true, "unknown area code 440199: valid with a warning (error in strict mode)"),
          new Case(Identities.withCheckCharacter("72010619900101001"), false, "72 is no province"),
          new Case("11010519491231002x", true, "lower-case x: accepted and normalised"),
          new Case(" 11010519491231002X", true, "leading space: trimmed"),
          new Case("１１０１０５１９４９１２３１００２Ｘ", true, "full-width digits: folded"),
          new Case("110105491331002", false, "15-digit, month 13"),
          new Case("11010549123100X", false, "15-digit with an X"),
          new Case(Identities.withCheckCharacter("81000019900101001"), true, "Hong Kong residence permit"),
          new Case(Identities.withCheckCharacter("94415619900101001"), true, "foreigner's permanent residence card, 2023 form"),
          new Case("USA110090010101", true, "foreigner's permanent residence card, 2004 form (shape only)"),
          new Case("11010519491231002", false, "17 characters"),
          new Case(Identities.withCheckCharacter("11010518850101001"), true, "born 1885: within the spec's 1880 bound"),
          new Case("110105000229001", false, "15-digit 000229: 1900 was no leap year"),
          new Case("A123456789", false, "Taiwan identity card (10 characters): no social security number"),
          new Case("A123456(3)", false, "Hong Kong identity card: no social security number"),
          new Case("1234567(8)", false, "Macao identity card: no social security number"),
          new Case("110105194912310021", false, "wrong check character"));

  public static void main(String[] args) {
    IdentityParser ours = IdentityParser.standard().asOf(LocalDate.of(2026, 11, 23));
    PrintStream out = System.out;
    out.println("| input (masked) | by the spec | ours | Hutool `isValidCard` | case |");
    out.println("| --- | --- | --- | --- | --- |");
    for (Case c : CASES) {
      ParseResult<IdentityNumber> result = ours.parse(c.number());
      boolean hutool = IdcardUtil.isValidCard(c.number());
      out.printf(
          "| `%s` | %s | %s%s | %s%s | %s |%n",
          IdentityNumber.mask(c.number()),
          c.validBySpec() ? "valid" : "invalid",
          result.isValid() ? "valid" : "invalid " + codes(result.errors()),
          result.isValid() == c.validBySpec() ? "" : " **wrong**",
          hutool ? "valid" : "invalid",
          hutool == c.validBySpec() ? "" : " **wrong**",
          c.why());
    }
  }

  private static String codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).collect(Collectors.joining(", "));
  }

}
