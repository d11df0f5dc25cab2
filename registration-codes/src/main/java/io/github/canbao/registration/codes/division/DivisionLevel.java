package io.github.canbao.registration.codes.division;

/**
 * The level of a GB/T 2260 division, read from the digits of its six-digit code: {@code xx0000}
 * is a province, {@code xxxx00} a prefecture, anything else a county.
 *
 * <p>The groupings that GB/T 2260 codes like prefectures (110100 市辖区, 429000 省直辖县级行政区划)
 * are {@link #PREFECTURE}, because the code says so, though they are not prefecture-level cities.
 *
 * @since 0.1.0
 */
public enum DivisionLevel {
  /** A province-level division (省级: province, autonomous region, municipality, SAR), {@code xx0000}. */
  PROVINCE,
  /** A prefecture-level division or grouping (地级), {@code xxxx00}. */
  PREFECTURE,
  /** A county-level division (县级: county, district, county-level city …). */
  COUNTY;

  /** The level of a six-digit code given as its numeric value (0–999999). */
  static DivisionLevel ofNumber(int number) {
    if (number % 10_000 == 0) {
      return PROVINCE;
    }
    return number % 100 == 0 ? PREFECTURE : COUNTY;
  }
}
