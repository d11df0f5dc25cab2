package io.github.canbao.registration.codes.table;

/**
 * Insurance type, {@code AAE140} 险种类型. All eight codes are <em>assigned</em> (the usual codes of
 * the ministry's 金保工程 systems; no seed prints them), so a locality may replace them.
 *
 * <p>Constants, not an enum, because a locality may add codes to the table; look a value up in
 * {@link CodeBook#table(String)} with {@link #TABLE} rather than switching over these.
 *
 * @since 0.1.0
 */
public final class InsuranceType {

  /**
   * The table id, the national indicator code: {@code AAE140} 险种类型.
   *
   * @since 0.1.0
   */
  public static final String TABLE = "AAE140";

  /**
   * {@code 110} 企业职工基本养老保险.
   *
   * @since 0.1.0
   */
  public static final String ENTERPRISE_EMPLOYEE_PENSION = "110";

  /**
   * {@code 120} 机关事业单位养老保险.
   *
   * @since 0.1.0
   */
  public static final String PUBLIC_INSTITUTION_PENSION = "120";

  /**
   * {@code 170} 城乡居民基本养老保险.
   *
   * @since 0.1.0
   */
  public static final String RESIDENT_PENSION = "170";

  /**
   * {@code 210} 失业保险.
   *
   * @since 0.1.0
   */
  public static final String UNEMPLOYMENT = "210";

  /**
   * {@code 310} 城镇职工基本医疗保险.
   *
   * @since 0.1.0
   */
  public static final String EMPLOYEE_MEDICAL = "310";

  /**
   * {@code 390} 城乡居民基本医疗保险.
   *
   * @since 0.1.0
   */
  public static final String RESIDENT_MEDICAL = "390";

  /**
   * {@code 410} 工伤保险.
   *
   * @since 0.1.0
   */
  public static final String WORK_INJURY = "410";

  /**
   * {@code 510} 生育保险.
   *
   * @since 0.1.0
   */
  public static final String MATERNITY = "510";

  private InsuranceType() {}
}
