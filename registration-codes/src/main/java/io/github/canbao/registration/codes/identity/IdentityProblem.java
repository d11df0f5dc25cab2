package io.github.canbao.registration.codes.identity;

/**
 * The violation codes identity-number validation reports ({@code identity.md}). Each is the
 * {@link io.github.canbao.registration.codes.Violation#code() code} of a violation; the names are
 * API and never change.
 *
 * @since 0.1.0
 */
public enum IdentityProblem {
  /** Not 18 (or 15) characters, and no locality pattern matches. */
  ID_LENGTH,
  /** A character that the kind does not allow (under strict mode also a lower-case {@code x}). */
  ID_CHARSET,
  /** Not a real calendar date, before 1880-01-01, or after the as-of date. */
  ID_BIRTH_DATE,
  /** The first two digits are no province, autonomous region, municipality or SAR. */
  ID_PROVINCE,
  /** The MOD 11-2 check character does not match. */
  ID_CHECK_DIGIT,
  /**
   * The address code is not in the division data. A warning by default, because the data cannot be
   * complete for the 1980s–90s; an error in strict mode.
   */
  AREA_CODE_UNKNOWN,
  /** A warning: the kind has no public check algorithm, so only its shape was checked. */
  ID_NOT_VERIFIABLE
}
