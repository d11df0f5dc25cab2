package io.github.canbao.registration.model;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import java.util.Objects;

/**
 * A social security number ({@code AAC002} 社会保障号码) exactly as a record gives it, valid or not:
 * the record keeps what it was sent, and validation reports what is wrong with it. {@link
 * #toString()} is masked ({@code 440106********0011}); only {@link #value()} gives the whole text,
 * for serialisation.
 *
 * @param value the text as given
 * @since 0.1.0
 */
public record SocialSecurityNumber(String value) {

  /**
   * Checks only that there is a text: a number that is not valid is kept as given, so that
   * validation can report it.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public SocialSecurityNumber {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The number as given.
   *
   * @since 0.1.0
   */
  public static SocialSecurityNumber of(String value) {
    return new SocialSecurityNumber(value);
  }

  /**
   * Reads the number with {@code parser}.
   *
   * @since 0.1.0
   */
  public ParseResult<IdentityNumber> parse(IdentityParser parser) {
    return parser.parse(value);
  }

  /**
   * Reads the number with the standard parser (as of today in China).
   *
   * @since 0.1.0
   */
  public ParseResult<IdentityNumber> parse() {
    return IdentityParser.standard().parse(value);
  }

  /**
   * The masked number.
   *
   * @since 0.1.0
   */
  public String masked() {
    return IdentityNumber.mask(value);
  }

  /** The masked number: a whole identity number never reaches a log or message. */
  @Override
  public String toString() {
    return masked();
  }
}
