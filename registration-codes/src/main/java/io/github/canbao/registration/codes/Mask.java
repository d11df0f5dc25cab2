package io.github.canbao.registration.codes;

/**
 * How much of a sensitive number may show: the first {@code head} and last {@code tail} characters,
 * the rest {@code *}. Text shorter than {@code minimumLength} keeps a quarter of its length at each
 * end instead, so that a short number never shows whole or nearly whole.
 *
 * <pre>{@code
 * Mask.IDENTITY_NUMBER.apply("440106201609010011");   // 440106********0011
 * Mask.PHONE_NUMBER.apply("13800138000");             // 138****8000
 * }</pre>
 *
 * @param head characters kept at the start
 * @param tail characters kept at the end
 * @param minimumLength the shortest text that keeps {@code head} and {@code tail}; more than both
 * @since 0.1.0
 */
public record Mask(int head, int tail, int minimumLength) {

  /**
   * Identity numbers: the first 6 and last 4 characters ({@code identity.md}).
   *
   * @since 0.1.0
   */
  public static final Mask IDENTITY_NUMBER = new Mask(6, 4, 11);

  /**
   * Phone numbers: the first 3 and last 4 digits ({@code identity.md}).
   *
   * @since 0.1.0
   */
  public static final Mask PHONE_NUMBER = new Mask(3, 4, 11);

  // Runs of 11 or more digits: a mobile number, or an identity number with an optional final X.
  private static final java.util.regex.Pattern LONG_NUMBER = java.util.regex.Pattern.compile("\\d{11,17}[0-9Xx]?");

  /**
   * Checks that the parts can mask: a text of {@code minimumLength} must hide at least one character.
   *
   * @throws IllegalArgumentException if {@code head} or {@code tail} is negative, or {@code
   *     minimumLength} is not more than {@code head + tail}
   */
  public Mask {
    if (head < 0 || tail < 0 || minimumLength <= head + tail) {
      throw new IllegalArgumentException(
          "head and tail are not negative, and shorter than the minimum length: " + head + ", " + tail + ", " + minimumLength);
    }
  }

  /**
   * {@code text} masked; surrounding white space is removed, nothing else is changed.
   *
   * @since 0.1.0
   */
  public String apply(CharSequence text) {
    String s = text.toString().strip();
    int n = s.length();
    boolean longEnough = n >= minimumLength;
    int keepHead = longEnough ? head : n / 4;
    int keepTail = longEnough ? tail : n / 4;
    StringBuilder masked = new StringBuilder(n);
    masked.append(s, 0, keepHead);
    masked.append("*".repeat(n - keepHead - keepTail));
    masked.append(s, n - keepTail, n);
    return masked.toString();
  }

  /**
   * {@code text} with every run of 11 to 18 digits (an 18th character may be {@code X}) masked: 11
   * digits as a phone number, longer runs as an identity number. For free text whose fields are not
   * known to be numbers — a finding's values, a vendor's own columns — before it reaches a log or a
   * {@code toString}. Over-masks a long number that is neither, which is the safe side.
   *
   * <pre>{@code
   * Mask.numbersIn("tel 13800138000, id 440106201609010011");   // tel 138****8000, id 440106********0011
   * }</pre>
   *
   * @since 0.1.0
   */
  public static String numbersIn(CharSequence text) {
    java.util.regex.Matcher m = LONG_NUMBER.matcher(text);
    if (!m.find()) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      String number = m.group();
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
          (number.length() == 11 ? PHONE_NUMBER : IDENTITY_NUMBER).apply(number)));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }
}
