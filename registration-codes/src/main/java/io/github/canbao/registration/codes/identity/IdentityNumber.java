package io.github.canbao.registration.codes.identity;

import io.github.canbao.registration.codes.Mask;
import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.division.DivisionPath;
import io.github.canbao.registration.codes.division.Divisions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid social security number: {@code AAC002} 社会保障号码 / 公民身份号码 (人社厅发〔2015〕41号
 * 附件1 表2), usually a citizen identity number (GB 11643-1999), but possibly an old 15-digit number, a
 * residence permit of a Hong Kong, Macao or Taiwan resident, a foreigner's permanent residence card
 * or a locality-defined kind ({@link IdentityKind}).
 *
 * <pre>{@code
 * ParseResult<IdentityNumber> result = IdentityNumber.parse("110105491231002");
 * IdentityNumber number = result.toOptional().orElseThrow();
 * number.kind();                  // CITIZEN_15
 * number.upgrade().value();       // "11010519491231002X"
 * number.birthDate();             // Optional[1949-12-31]
 * number.sex();                   // Optional["2"] (GB/T 2261.1: 1 male, 2 female)
 * number.toString();              // "110105*****1002": masked, always
 * }</pre>
 *
 * <p>Instances exist only for valid numbers, so everything read from one is consistent. {@link
 * #toString()} masks the number (first 6 and last 4 characters kept); the whole number is given only
 * by {@link #value()}, which serialisation uses.
 *
 * @since 0.1.0
 */
public final class IdentityNumber {

  private final String value;
  private final IdentityKind kind;
  private final String localityKind;

  IdentityNumber(String value, IdentityKind kind, String localityKind) {
    this.value = value;
    this.kind = kind;
    this.localityKind = localityKind;
  }

  /**
   * Reads {@code text} with {@linkplain IdentityParser#standard() the standard parser} (lenient, as
   * of today in China).
   *
   * @throws NullPointerException if {@code text} is null
   * @since 0.1.0
   */
  public static ParseResult<IdentityNumber> parse(CharSequence text) {
    return IdentityParser.standard().parse(text);
  }

  /**
   * Whether {@code text} is valid for {@linkplain IdentityParser#standard() the standard parser}.
   * Allocation-free.
   *
   * @since 0.1.0
   */
  public static boolean isValid(CharSequence text) {
    return IdentityParser.standard().isValid(text);
  }

  /**
   * The kind {@code text} has by its shape, valid or not.
   *
   * @since 0.1.0
   */
  public static IdentityKind kindOf(CharSequence text) {
    return IdentityParser.standard().kindOf(text);
  }

  /**
   * Masks any text that may be an identity number, for logs, messages and exports: the first 6 and
   * last 4 characters kept, the rest {@code *} ({@code 440106********0011}). Text shorter than 11
   * characters keeps a quarter of its length at each end, so that a short number never shows whole.
   * Surrounding white space is removed; nothing else is changed.
   *
   * @since 0.1.0
   */
  public static String mask(CharSequence text) {
    return Mask.IDENTITY_NUMBER.apply(text);
  }

  /**
   * The whole number, normalised (upper-case {@code X}, ASCII digits). Only for storage and
   * serialisation: never log it, use {@link #toString()}.
   *
   * @since 0.1.0
   */
  public String value() {
    return value;
  }

  /**
   * The kind of number.
   *
   * @since 0.1.0
   */
  public IdentityKind kind() {
    return kind;
  }

  /**
   * The name of the locality-defined kind, when {@link #kind()} is {@code LOCALITY_DEFINED}.
   *
   * @since 0.1.0
   */
  public Optional<String> localityKind() {
    return Optional.ofNullable(localityKind);
  }

  /**
   * The birth date the number carries. Empty for kinds that carry none (the 2004 foreigner's card,
   * locality kinds), and for a 2023 foreigner's card whose date positions hold no real date.
   *
   * @since 0.1.0
   */
  public Optional<LocalDate> birthDate() {
    int ymd;
    switch (kind) {
      case CITIZEN_15 -> ymd = 19_000_000 + Integer.parseInt(value, 6, 12, 10);
      case CITIZEN_18, RESIDENCE_PERMIT_HK, RESIDENCE_PERMIT_MO, RESIDENCE_PERMIT_TW,
          FOREIGN_PERMANENT_2023 -> ymd = Integer.parseInt(value, 6, 14, 10);
      default -> {
        return Optional.empty();
      }
    }
    int year = ymd / 10_000;
    int month = ymd / 100 % 100;
    int day = ymd % 100;
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * The sex the number carries, as a GB/T 2261.1 code ({@code AAC004}): {@code "1"} male when the
   * sequence number is odd, {@code "2"} female when even. Empty for kinds that carry none.
   *
   * @since 0.1.0
   */
  public Optional<String> sex() {
    int position;
    switch (kind) {
      case CITIZEN_15 -> position = 14;
      case CITIZEN_18, RESIDENCE_PERMIT_HK, RESIDENCE_PERMIT_MO, RESIDENCE_PERMIT_TW,
          FOREIGN_PERMANENT_2023 -> position = 16;
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of((value.charAt(position) - '0') % 2 == 1 ? "1" : "2");
  }

  /**
   * The age in whole years (周岁) at {@code date}, when the number carries a birth date.
   *
   * @since 0.1.0
   */
  public Optional<Age> ageAt(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return birthDate().map(birth -> Age.between(birth, date));
  }

  /**
   * The address code (GB/T 2260, as it was when the number was issued) of a citizen number or a
   * residence permit.
   *
   * @since 0.1.0
   */
  public Optional<String> divisionCode() {
    return switch (kind) {
      case CITIZEN_18, CITIZEN_15, RESIDENCE_PERMIT_HK, RESIDENCE_PERMIT_MO, RESIDENCE_PERMIT_TW ->
          Optional.of(value.substring(0, 6));
      default -> Optional.empty();
    };
  }

  /**
   * The province, prefecture and county names of the address code, where the division data knows it.
   *
   * @since 0.1.0
   */
  public Optional<DivisionPath> division() {
    return divisionCode().flatMap(code -> Divisions.bundled().path(code));
  }

  /**
   * The 18-character form of a 15-digit citizen number (GB 11643-1999: {@code 19} inserted before the
   * birth date, the check character appended); any other number is returned as it is.
   *
   * @since 0.1.0
   */
  public IdentityNumber upgrade() {
    if (kind != IdentityKind.CITIZEN_15) {
      return this;
    }
    StringBuilder eighteen = new StringBuilder(18);
    eighteen.append(value, 0, 6).append("19").append(value, 6, 15);
    eighteen.append(IdentityParser.checkCharacter(eighteen, 0));
    return new IdentityNumber(eighteen.toString(), IdentityKind.CITIZEN_18, null);
  }

  /**
   * The 15-digit form of an 18-character citizen number whose birth year is 19xx (the only ones that
   * ever had one); empty for any other number.
   *
   * @since 0.1.0
   */
  public Optional<IdentityNumber> downgrade() {
    if (kind != IdentityKind.CITIZEN_18 || value.charAt(6) != '1' || value.charAt(7) != '9') {
      return Optional.empty();
    }
    String fifteen = value.substring(0, 6) + value.substring(8, 17);
    return Optional.of(new IdentityNumber(fifteen, IdentityKind.CITIZEN_15, null));
  }

  /**
   * The masked number, {@code 440106********0011}.
   *
   * @since 0.1.0
   */
  public String masked() {
    return mask(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdentityNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked number: an identity number never appears whole in a log or message. */
  @Override
  public String toString() {
    return masked();
  }
}
