package io.github.canbao.registration.testkit.phone;

import io.github.canbao.registration.codes.phone.PhoneNumber;
import io.github.canbao.registration.testkit.Gen;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generated contact phone numbers (联系电话; {@link PhoneNumber}): valid mobile and landline
 * numbers, and texts close to a phone number that are of no accepted form ({@link
 * PhoneNumber#PHONE_FORMAT}).
 *
 * <pre>{@code
 * Gen<String> mobiles = PhoneNumbers.mobiles();       // 1[3-9] and nine digits
 * Gen<String> broken = PhoneNumbers.malformed();      // PHONE_FORMAT, and masked in every message
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PhoneNumbers {

  /** Area codes of a few cities: Beijing, Shanghai, Guangzhou, Shenzhen, Suzhou, Guiyang, Changzhou. */
  private static final List<String> AREA_CODES = List.of("010", "021", "020", "0755", "0512", "0851", "0519");

  /** Each way a text can miss every accepted form, and still look like a phone number to a reader. */
  private static final List<Gen<String>> MALFORMED = List.of(
      r -> "1" + r.nextInt(3, 10) + digits(r, 8),                 // a mobile number one digit short
      r -> "1" + r.nextInt(3, 10) + digits(r, 10),                // one digit too many
      r -> "1" + r.nextInt(0, 3) + digits(r, 9),                  // 10, 11, 12: no mobile prefix
      r -> "2" + digits(r, 10),                                   // eleven digits, not starting 1
      r -> "13" + digits(r, 4) + (char) ('a' + r.nextInt(26)) + digits(r, 4),   // a letter inside
      r -> "0" + digits(r, 2) + "-" + digits(r, 9));              // a landline with a 9-digit local number

  private PhoneNumbers() {}

  /**
   * Valid mainland mobile numbers: {@code 1[3-9]} and nine digits.
   *
   * @return the generator
   * @since 0.1.0
   */
  public static Gen<String> mobiles() {
    return r -> "1" + r.nextInt(3, 10) + digits(r, 9);
  }

  /**
   * Valid landline numbers: an area code, a hyphen and a 7- or 8-digit local number not starting
   * with 0 or 1.
   *
   * @return the generator
   * @since 0.1.0
   */
  public static Gen<String> landlines() {
    return r -> AREA_CODES.get(r.nextInt(AREA_CODES.size())) + "-" + r.nextInt(2, 10) + digits(r, r.nextInt(6, 8));
  }

  /**
   * Texts close to a phone number that are of no accepted form, so that validation reports {@link
   * PhoneNumber#PHONE_FORMAT}: one digit short or too many, no mobile prefix, a letter inside, a
   * local number too long.
   *
   * @return the generator
   * @since 0.1.0
   */
  public static Gen<String> malformed() {
    return r -> MALFORMED.get(r.nextInt(MALFORMED.size())).next(r);
  }

  private static String digits(RandomGenerator r, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + r.nextInt(10)));
    }
    return s.toString();
  }
}
