package io.github.canbao.registration.codes.table;

/**
 * Employment state 就业状态 (no national code; 粤人社办〔2017〕96号 二(三)1).
 *
 * <p>Constants, not an enum, because a locality may add codes to the table; look a value up in
 * {@link CodeBook#table(String)} with {@link #TABLE} rather than switching over these.
 *
 * @since 0.1.0
 */
public final class EmploymentState {

  /**
   * The table id, the record key: {@code employmentState} 就业状态.
   *
   * @since 0.1.0
   */
  public static final String TABLE = "employmentState";

  /**
   * {@code 1} 已单位就业.
   *
   * @since 0.1.0
   */
  public static final String UNIT_EMPLOYED = "1";

  /**
   * {@code 2} 无单位.
   *
   * @since 0.1.0
   */
  public static final String NO_UNIT = "2";

  private EmploymentState() {}
}
