package io.github.canbao.registration.codes.table;

/**
 * No-unit type 无单位类型 (no national code; 粤人社办〔2017〕96号 二(三)2).
 *
 * <p>Constants, not an enum, because a locality may add codes to the table; look a value up in
 * {@link CodeBook#table(String)} with {@link #TABLE} rather than switching over these.
 *
 * @since 0.1.0
 */
public final class NoUnitType {

  /**
   * The table id, the record key: {@code noUnitType} 无单位类型.
   *
   * @since 0.1.0
   */
  public static final String TABLE = "noUnitType";

  /**
   * {@code 1} 学龄前.
   *
   * @since 0.1.0
   */
  public static final String PRESCHOOL = "1";

  /**
   * {@code 2} 在校学生.
   *
   * @since 0.1.0
   */
  public static final String STUDENT = "2";

  /**
   * {@code 3} 未就业.
   *
   * @since 0.1.0
   */
  public static final String UNEMPLOYED = "3";

  /**
   * {@code 4} 灵活就业.
   *
   * @since 0.1.0
   */
  public static final String FLEXIBLE = "4";

  /**
   * {@code 5} 已办理离退休手续或已领取养老待遇.
   *
   * @since 0.1.0
   */
  public static final String RETIRED = "5";

  private NoUnitType() {}
}
