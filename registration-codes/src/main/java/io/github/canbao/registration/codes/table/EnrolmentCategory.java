package io.github.canbao.registration.codes.table;

/**
 * Enrolment category 参保状态 (Guangdong's 1/2/3; 粤人社办〔2017〕96号 二(一)、(二)).
 *
 * <p>Constants, not an enum, because a locality may add codes to the table; look a value up in
 * {@link CodeBook#table(String)} with {@link #TABLE} rather than switching over these.
 *
 * @since 0.1.0
 */
public final class EnrolmentCategory {

  /**
   * The table id, the record key: {@code enrolmentCategory} 参保状态.
   *
   * @since 0.1.0
   */
  public static final String TABLE = "enrolmentCategory";

  /**
   * {@code 1} 本省户籍参保人员.
   *
   * @since 0.1.0
   */
  public static final String LOCAL_INSURED = "1";

  /**
   * {@code 2} 本省户籍未参保人员.
   *
   * @since 0.1.0
   */
  public static final String LOCAL_NOT_INSURED = "2";

  /**
   * {@code 3} 非本省户籍参保人员.
   *
   * @since 0.1.0
   */
  public static final String NON_LOCAL_INSURED = "3";

  private EnrolmentCategory() {}
}
