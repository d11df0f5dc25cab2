package io.github.canbao.registration.testkit.assertions;

import io.github.canbao.registration.codes.Mask;
import io.github.canbao.registration.codes.identity.IdentityKind;
import io.github.canbao.registration.codes.identity.IdentityParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole identity or mobile number found in a text that should show it masked (style.md 6): a log
 * line, a message, an export, a {@code toString}. It keeps only the masked form, so a failure that
 * reports it does not leak the number either.
 *
 * <pre>{@code
 * UnmaskedNumber.assertNoneIn(violationMessage);                       // any valid-looking number
 * UnmaskedNumber.assertNoneIn(logLine, List.of(rawNumberTheUserTyped)); // exactly these texts, valid or not
 * List<UnmaskedNumber> found = UnmaskedNumber.findIn(exportedCsv);
 * }</pre>
 *
 * <p>{@link #findIn(CharSequence)} finds what a reader would recognise as a whole number: an
 * 18-character citizen number, residence permit or 2023 permanent residence card whose check
 * character is right, a valid 15-digit citizen number, a 2004 permanent residence card (three
 * letters, twelve digits), and an eleven-digit mainland mobile number ({@code 1[3-9]…}). A run of
 * digits longer than the number (an account number) is not taken apart. A number that is invalid
 * is not recognised this way: pass the texts that must not appear to {@link
 * #assertNoneIn(CharSequence, Collection)}.
 *
 * @param kind what was found: an {@link IdentityKind} name, or {@code MOBILE}
 * @param start where it starts in the text
 * @param masked the number as it should have been shown
 * @since 0.1.0
 */
public record UnmaskedNumber(String kind, int start, String masked) {

  /** A number standing on its own: no letter or digit right before or after it. */
  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![0-9A-Za-z])(?:[A-Za-z]{3}[0-9]{12}|[0-9]{17}[0-9Xx]|[0-9]{15}|1[3-9][0-9]{9})(?![0-9A-Za-z])");
  private static final IdentityParser LENIENT = IdentityParser.standard().lenient();

  /**
   * Checks that nothing is null.
   *
   * @throws NullPointerException if a component is null
   * @since 0.1.0
   */
  public UnmaskedNumber {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(masked, "masked");
  }

  /**
   * The whole numbers in {@code text}, in order.
   *
   * @param text the text
   * @return what was found; empty when every number is masked
   * @since 0.1.0
   */
  public static List<UnmaskedNumber> findIn(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<UnmaskedNumber> found = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String candidate = m.group();
      String kind = kindOf(candidate);
      if (kind != null) {
        Mask mask = kind.equals("MOBILE") ? Mask.PHONE_NUMBER : Mask.IDENTITY_NUMBER;
        found.add(new UnmaskedNumber(kind, m.start(), mask.apply(candidate)));
      }
    }
    return List.copyOf(found);
  }

  /**
   * Fails if {@code text} holds a whole identity or mobile number ({@link #findIn(CharSequence)}).
   *
   * @param text the text
   * @throws AssertionError naming each number found, masked, and where it is
   * @since 0.1.0
   */
  public static void assertNoneIn(CharSequence text) {
    List<UnmaskedNumber> found = findIn(text);
    if (!found.isEmpty()) {
      throw new AssertionError("expected every identity and phone number masked, found " + found.size()
          + " whole: " + found);
    }
  }

  /**
   * Fails if {@code text} holds one of {@code secrets} whole (surrounding white space removed, in
   * either case), whether or not the secret is a valid number: use it for the raw text a user typed.
   *
   * @param text the text
   * @param secrets the texts that must not appear
   * @throws AssertionError naming each secret found, masked
   * @since 0.1.0
   */
  public static void assertNoneIn(CharSequence text, Collection<String> secrets) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(secrets, "secrets");
    String upper = text.toString().toUpperCase(Locale.ROOT);
    List<String> leaked = new ArrayList<>();
    for (String secret : secrets) {
      String s = secret.strip().toUpperCase(Locale.ROOT);
      if (!s.isEmpty() && upper.contains(s)) {
        leaked.add(Mask.IDENTITY_NUMBER.apply(s));
      }
    }
    if (!leaked.isEmpty()) {
      throw new AssertionError("expected these texts masked, found them whole: " + leaked);
    }
    assertNoneIn(text);
  }

  private static String kindOf(String candidate) {
    if (candidate.length() == 11) {
      return "MOBILE";
    }
    IdentityKind kind = LENIENT.kindOf(candidate);
    // Only the check and shape count: a number with an abolished area or a birth date after
    // today is still a whole number shown.
    boolean whole = switch (kind) {
      case CITIZEN_18, RESIDENCE_PERMIT_HK, RESIDENCE_PERMIT_MO, RESIDENCE_PERMIT_TW, FOREIGN_PERMANENT_2023 ->
          checkCharacterMatches(candidate);
      case CITIZEN_15, FOREIGN_PERMANENT_2004 -> LENIENT.isValid(candidate);
      default -> false;
    };
    return whole ? kind.name() : null;
  }

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private static boolean checkCharacterMatches(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return "10X98765432".charAt(sum % 11) == Character.toUpperCase(number.charAt(17));
  }

  /**
   * The finding in one line, e.g. {@code CITIZEN_18 at 12: 440106********0011}.
   *
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return kind + " at " + start + ": " + masked;
  }
}
