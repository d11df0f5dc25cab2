package io.github.canbao.registration.model;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.phone.PhoneNumber;
import java.util.Objects;

/**
 * A contact phone number (联系电话) exactly as a record gives it, valid or not. {@link #toString()}
 * is masked ({@code 138****8000}); only {@link #value()} gives the whole text, for serialisation.
 *
 * @param value the text as given
 * @since 0.1.0
 */
public record ContactNumber(String value) {

  /**
   * Checks only that there is a text: a number that is no phone number is kept as given, so that
   * validation can report it.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public ContactNumber {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The number as given.
   *
   * @since 0.1.0
   */
  public static ContactNumber of(String value) {
    return new ContactNumber(value);
  }

  /**
   * Reads the number: a mobile number or a landline with area code.
   *
   * @since 0.1.0
   */
  public ParseResult<PhoneNumber> parse() {
    return PhoneNumber.parse(value);
  }

  /**
   * The masked number.
   *
   * @since 0.1.0
   */
  public String masked() {
    return PhoneNumber.mask(value);
  }

  /** The masked number: a whole phone number never reaches a log or message. */
  @Override
  public String toString() {
    return masked();
  }
}
