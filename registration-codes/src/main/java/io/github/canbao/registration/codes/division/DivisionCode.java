package io.github.canbao.registration.codes.division;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A division code, indicator {@code AAB301} 行政区划编码 (人社厅发〔2015〕41号 附件1 表1): a six-digit
 * GB/T 2260 code, or nine digits with the township extension (人社厅函〔2011〕581号).
 *
 * <pre>{@code
 * ParseResult<DivisionCode> result = DivisionCode.parse("440106");
 * result.toOptional().map(DivisionCode::areaCode);   // 440106
 * DivisionCode.parse("4401");                        // Invalid: DIVISION_FORMAT
 * DivisionCode.parse("999999");                      // Valid, with the warning AREA_CODE_UNKNOWN
 * }</pre>
 *
 * <p>Only ASCII digits are accepted, and nothing is trimmed: a full-width digit or a space is a
 * {@value #DIVISION_FORMAT} error. A six-digit part that is not in the division data is only a
 * {@value #AREA_CODE_UNKNOWN} warning, because the data lacks the codes abolished before 2002.
 * A division code is not personal data, so {@link #toString()} returns it whole.
 *
 * @param code the six or nine ASCII digits
 * @since 0.1.0
 */
public record DivisionCode(String code) {

  /**
   * The indicator code that violations name.
   *
   * @since 0.1.0
   */
  public static final String INDICATOR = "AAB301";

  /**
   * The record field that violations name, as in {@code record-format.md}; use
   * {@link Violation#at(String, String)} to report against another field.
   *
   * @since 0.1.0
   */
  public static final String FIELD = "aab301";

  /**
   * Violation code (error): the text is not six or nine ASCII digits. Argument {@code length}:
   * the length of the text.
   *
   * @since 0.1.0
   */
  public static final String DIVISION_FORMAT = "DIVISION_FORMAT";

  /**
   * Violation code (warning by default): the six-digit part was never in the division data.
   * Argument {@code areaCode}: that six-digit part.
   *
   * @since 0.1.0
   */
  public static final String AREA_CODE_UNKNOWN = "AREA_CODE_UNKNOWN";

  /**
   * Checks the format.
   *
   * @param code six or nine ASCII digits
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is not six or nine ASCII digits
   */
  public DivisionCode {
    Objects.requireNonNull(code, "code");
    if (Divisions.areaNumber(code) < 0) {
      throw new IllegalArgumentException("an AAB301 code is 6 or 9 ASCII digits");
    }
  }

  /**
   * The {@code AAB301} code from trusted text, without looking it up; for untrusted text use
   * {@link #parse(CharSequence)}.
   *
   * @param code six or nine ASCII digits
   * @return the code
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is not six or nine ASCII digits
   * @since 0.1.0
   */
  public static DivisionCode of(String code) {
    return new DivisionCode(code);
  }

  /**
   * Reads an {@code AAB301} code from untrusted text and looks it up in the
   * {@linkplain Divisions#bundled() bundled} GB/T 2260 data.
   *
   * @param text the text
   * @return invalid with {@value #DIVISION_FORMAT}, or valid, with the warning
   *     {@value #AREA_CODE_UNKNOWN} if the six-digit part was never in the data
   * @throws NullPointerException if {@code text} is null
   * @since 0.1.0
   */
  public static ParseResult<DivisionCode> parse(CharSequence text) {
    return parse(text, Divisions.bundled());
  }

  /**
   * Reads an {@code AAB301} code from untrusted text and looks it up in the given GB/T 2260
   * data, e.g. a locality's own.
   *
   * @param text the text
   * @param divisions the data to look the six-digit part up in
   * @return invalid with {@value #DIVISION_FORMAT}, or valid, with the warning
   *     {@value #AREA_CODE_UNKNOWN} if the six-digit part is not in {@code divisions}
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static ParseResult<DivisionCode> parse(CharSequence text, Divisions divisions) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(divisions, "divisions");
    if (Divisions.areaNumber(text) < 0) {
      // The length alone, never the text: a mistyped identity number may land in this field.
      Violation format = Violation.error(DIVISION_FORMAT, INDICATOR, FIELD)
          .withArgument("length", String.valueOf(text.length()));
      return ParseResult.invalid(List.of(format), List.of());
    }
    DivisionCode code = new DivisionCode(text.toString());
    if (divisions.isKnown(text, 0)) {
      return ParseResult.valid(code, List.of());
    }
    Violation unknown = Violation.warning(AREA_CODE_UNKNOWN, INDICATOR, FIELD)
        .withArgument("areaCode", code.areaCode());
    return ParseResult.valid(code, List.of(unknown));
  }

  /**
   * Whether the text is an {@code AAB301} code: six or nine ASCII digits. An unknown area is
   * only a warning, so it does not make the text invalid.
   *
   * @param text the text
   * @return true if {@link #parse(CharSequence)} would return a valid result
   * @throws NullPointerException if {@code text} is null
   * @since 0.1.0
   */
  public static boolean isValid(CharSequence text) {
    return Divisions.areaNumber(Objects.requireNonNull(text, "text")) >= 0;
  }

  /**
   * The six-digit GB/T 2260 part, e.g. {@code 440106} for {@code 440106001}.
   *
   * @return the first six digits
   * @since 0.1.0
   */
  public String areaCode() {
    return code.length() == 6 ? code : code.substring(0, 6);
  }

  /**
   * The three-digit township extension of a nine-digit {@code AAB301} code.
   *
   * @return the last three digits; empty for a six-digit code
   * @since 0.1.0
   */
  public Optional<String> townshipExtension() {
    return code.length() == 9 ? Optional.of(code.substring(6)) : Optional.empty();
  }

  /**
   * The level of the six-digit part, read from its digits.
   *
   * @return province, prefecture or county
   * @since 0.1.0
   */
  public DivisionLevel level() {
    return DivisionLevel.ofNumber(Divisions.sixDigits(code, 0));
  }

  /**
   * The code itself, e.g. {@code 440106}.
   *
   * @return the six or nine digits
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return code;
  }
}
