package io.github.canbao.registration.batch.merge;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The merge key: the social security number ({@code AAC002} 社会保障号码, 人社厅发〔2015〕44号 第八条),
 * normalised before grouping ({@code comparison-and-reports.md} §1.1): white space trimmed,
 * full-width folded, {@code x} upper-cased, the check digit verified, and a 15-digit number upgraded
 * to 18 (GB 11643-1999; Guangdong 一(二)).
 *
 * @param value the normalised key, when the number is valid
 * @param errors the identity violation codes, when it is not ({@code ID_CHECK_DIGIT} …; {@code
 *     ID_MISSING} when the record has no number, or a blank one)
 * @since 0.1.0
 */
public record RegistrationKey(Optional<String> value, List<String> errors) {

  /**
   * The error code of a record without a social security number (this project's).
   *
   * @since 0.1.0
   */
  public static final String ID_MISSING = "ID_MISSING";

  /**
   * Checks the value and copies the errors.
   *
   * @throws NullPointerException if {@code value} or {@code errors} is null, or {@code errors}
   *     holds null
   */
  public RegistrationKey {
    Objects.requireNonNull(value, "value");
    errors = List.copyOf(errors);
  }

  /**
   * The key of {@code record}, read with {@code parser}.
   *
   * @since 0.1.0
   */
  public static RegistrationKey of(RegistrationRecord record, IdentityParser parser) {
    // a blank number is no number: ID_MISSING, as for an absent one, not a length error
    return record.socialSecurityNumber()
        .filter(n -> !n.value().isBlank())
        .map(n -> parse(n.value(), parser))
        .orElse(new RegistrationKey(Optional.empty(), List.of(ID_MISSING)));
  }

  /**
   * The key of {@code text}, read with {@code parser}.
   *
   * @since 0.1.0
   */
  public static RegistrationKey parse(CharSequence text, IdentityParser parser) {
    ParseResult<IdentityNumber> result = parser.upgrade(text);
    if (result instanceof ParseResult.Valid<IdentityNumber> valid) {
      return new RegistrationKey(Optional.of(valid.value().value()), List.of());
    }
    List<String> codes = result.errors().stream().map(Violation::code).distinct().collect(Collectors.toList());
    return new RegistrationKey(Optional.empty(), codes.isEmpty() ? List.of("ID_INVALID") : codes);
  }

  /**
   * Whether the number is valid (and so the record can be merged).
   *
   * @since 0.1.0
   */
  public boolean isValid() {
    return value.isPresent();
  }

  /**
   * The key as a social security number, when valid.
   *
   * @since 0.1.0
   */
  public Optional<SocialSecurityNumber> toSocialSecurityNumber() {
    return value.map(SocialSecurityNumber::of);
  }

  /** The key masked ({@code 440106********0011}), or the errors. */
  @Override
  public String toString() {
    return value.map(v -> "RegistrationKey[" + IdentityNumber.mask(v) + "]").orElse("RegistrationKey" + errors);
  }
}
