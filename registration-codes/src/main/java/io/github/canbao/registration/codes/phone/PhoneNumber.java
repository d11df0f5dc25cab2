package io.github.canbao.registration.codes.phone;

import io.github.canbao.registration.codes.Mask;
import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A valid contact phone number, 联系电话 (no national indicator code; 粤人社办〔2017〕96号 and the
 * national registration form): an 11-digit mainland mobile number, or a landline with its area
 * code.
 *
 * <pre>{@code
 * PhoneNumber.parse("13800138000").toOptional().orElseThrow().toString();   // "138****8000"
 * PhoneNumber.isValid("020-87654321");                                      // true
 * PhoneNumber.mask(anyText);                                                // for logs and messages
 * }</pre>
 *
 * <p>Accepted forms: a mobile number {@code 1[3-9]} + 9 digits, optionally preceded by {@code +86}
 * or {@code 86}; a landline: area code {@code 0} + 2 or 3 digits, an optional {@code -} or space,
 * and a 7- or 8-digit local number, optionally followed by an extension ({@code -123}). Spaces and
 * hyphens inside a mobile number are ignored. {@link #toString()} is masked.
 *
 * @since 0.1.0
 */
public final class PhoneNumber {

  /**
   * The violation code of a phone number of no accepted form.
   *
   * @since 0.1.0
   */
  public static final String PHONE_FORMAT = "PHONE_FORMAT";

  /**
   * Whether a number is a mobile or a landline number.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** An 11-digit mainland mobile number. */
    MOBILE,
    /** A landline number with its area code. */
    LANDLINE
  }

  private final String value;
  private final Kind kind;

  private PhoneNumber(String value, Kind kind) {
    this.value = value;
    this.kind = kind;
  }

  /**
   * Reads a phone number; a mobile number is normalised to its 11 digits, a landline keeps its
   * form. Never throws for bad text: the violation {@code PHONE_FORMAT} says why.
   *
   * @throws NullPointerException if {@code text} is null
   * @since 0.1.0
   */
  public static ParseResult<PhoneNumber> parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    String mobile = mobileDigits(s);
    if (mobile != null) {
      return ParseResult.valid(new PhoneNumber(mobile, Kind.MOBILE), List.of());
    }
    if (isLandline(s)) {
      return ParseResult.valid(new PhoneNumber(s, Kind.LANDLINE), List.of());
    }
    return ParseResult.invalid(
        List.of(new Violation(PHONE_FORMAT, "phone", "phone", Severity.ERROR, Map.of("value", mask(s)))),
        List.of());
  }

  /**
   * Whether {@code text} is a phone number of an accepted form.
   *
   * @since 0.1.0
   */
  public static boolean isValid(CharSequence text) {
    String s = text.toString().strip();
    return mobileDigits(s) != null || isLandline(s);
  }

  /**
   * Masks any text that may be a phone number: the first 3 and last 4 characters kept ({@code
   * 138****8000}); text shorter than 11 characters keeps a quarter of its length at each end.
   *
   * @since 0.1.0
   */
  public static String mask(CharSequence text) {
    return Mask.PHONE_NUMBER.apply(text);
  }

  /**
   * The whole number. Only for storage and serialisation: never log it, use {@link #toString()}.
   *
   * @since 0.1.0
   */
  public String value() {
    return value;
  }

  /**
   * Mobile or landline.
   *
   * @since 0.1.0
   */
  public Kind kind() {
    return kind;
  }

  /** The masked number. */
  @Override
  public String toString() {
    return mask(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhoneNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  private static String mobileDigits(String s) {
    StringBuilder digits = new StringBuilder(11);
    int start = 0;
    if (s.startsWith("+86")) {
      start = 3;
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c != ' ' && c != '-') {
        return null;
      }
    }
    if (start == 0 && digits.length() == 13 && digits.charAt(0) == '8' && digits.charAt(1) == '6') {
      digits.delete(0, 2);
    }
    if (digits.length() != 11 || digits.charAt(0) != '1' || digits.charAt(1) < '3') {
      return null;
    }
    return digits.toString();
  }

  private static boolean isLandline(String s) {
    return s.matches("0[1-9][0-9]{1,2}[- ]?[2-9][0-9]{6,7}(-[0-9]{1,6})?");
  }
}
