package io.github.canbao.registration.codes.identity;

/**
 * The kind of number a social security number ({@code AAC002} 社会保障号码) can be, recognised from
 * its shape alone.
 *
 * @since 0.1.0
 */
public enum IdentityKind {
  /** Citizen identity number, GB 11643-1999: 18 characters, MOD 11-2 check (公民身份号码). */
  CITIZEN_18,
  /** Citizen identity number, GB 11643-1989: 15 digits, century always 19, no check character. */
  CITIZEN_15,
  /** Residence permit of a Hong Kong resident (港澳台居民居住证, 2018): address code 810000. */
  RESIDENCE_PERMIT_HK,
  /** Residence permit of a Macao resident: address code 820000. */
  RESIDENCE_PERMIT_MO,
  /** Residence permit of a Taiwan resident: address code 830000. */
  RESIDENCE_PERMIT_TW,
  /** Foreigner's permanent residence ID card, 2023 form: 18 characters beginning {@code 9}. */
  FOREIGN_PERMANENT_2023,
  /**
   * Foreigner's permanent residence ID card, 2004 form: 3 letters (nationality) and 12 digits. No
   * check algorithm is public, so it is validated by shape only.
   */
  FOREIGN_PERMANENT_2004,
  /** A kind a locality defines as data (a pattern and a check), e.g. a passport number. */
  LOCALITY_DEFINED,
  /** Not recognisable as any known kind. */
  UNKNOWN;

  /**
   * Whether numbers of this kind carry a birth date and a sex in fixed positions.
   *
   * @since 0.1.0
   */
  public boolean carriesBirthDate() {
    return this == CITIZEN_18
        || this == CITIZEN_15
        || this == RESIDENCE_PERMIT_HK
        || this == RESIDENCE_PERMIT_MO
        || this == RESIDENCE_PERMIT_TW
        || this == FOREIGN_PERMANENT_2023;
  }

  /**
   * Whether this is one of the residence permits of Hong Kong, Macao or Taiwan residents.
   *
   * @since 0.1.0
   */
  public boolean isResidencePermit() {
    return this == RESIDENCE_PERMIT_HK || this == RESIDENCE_PERMIT_MO || this == RESIDENCE_PERMIT_TW;
  }
}
