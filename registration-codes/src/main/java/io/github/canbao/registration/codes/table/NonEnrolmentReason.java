package io.github.canbao.registration.codes.table;

/**
 * Non-enrolment reason 未参保原因 (no national code; 粤人社办〔2017〕96号 二(三)3, extended by Beijing's
 * list). 31 is inferred; 40, 41, 42 and 99 are assigned by this project.
 *
 * <p>Constants, not an enum, because a locality may add codes to the table; look a value up in
 * {@link CodeBook#table(String)} with {@link #TABLE} rather than switching over these.
 *
 * @since 0.1.0
 */
public final class NonEnrolmentReason {

  /**
   * The table id, the record key: {@code nonEnrolmentReason} 未参保原因.
   *
   * @since 0.1.0
   */
  public static final String TABLE = "nonEnrolmentReason";

  /**
   * {@code 10} 个人未参保.
   *
   * @since 0.1.0
   */
  public static final String PERSONAL_NOT_ENROLLED = "10";

  /**
   * {@code 11} 缴费终止.
   *
   * @since 0.1.0
   */
  public static final String CONTRIBUTIONS_ENDED = "11";

  /**
   * {@code 20} 单位未予参保.
   *
   * @since 0.1.0
   */
  public static final String UNIT_NOT_ENROLLED = "20";

  /**
   * {@code 21} 全日制在校生.
   *
   * @since 0.1.0
   */
  public static final String FULL_TIME_STUDENT = "21";

  /**
   * {@code 30} 参军.
   *
   * @since 0.1.0
   */
  public static final String MILITARY_SERVICE = "30";

  /**
   * {@code 31} 部队建账的随军家属 (inferred).
   *
   * @since 0.1.0
   */
  public static final String MILITARY_DEPENDANT = "31";

  /**
   * {@code 32} 出国.
   *
   * @since 0.1.0
   */
  public static final String ABROAD = "32";

  /**
   * {@code 33} 判刑.
   *
   * @since 0.1.0
   */
  public static final String SERVING_SENTENCE = "33";

  /**
   * {@code 40} 已参保信息有误 (assigned).
   *
   * @since 0.1.0
   */
  public static final String ENROLMENT_DATA_WRONG = "40";

  /**
   * {@code 41} 人户分离联系不上 (assigned).
   *
   * @since 0.1.0
   */
  public static final String AWAY_FROM_HUKOU_UNREACHABLE = "41";

  /**
   * {@code 42} 户口待注销 (assigned).
   *
   * @since 0.1.0
   */
  public static final String HUKOU_PENDING_CANCELLATION = "42";

  /**
   * {@code 99} 其他 (assigned).
   *
   * @since 0.1.0
   */
  public static final String OTHER = "99";

  private NonEnrolmentReason() {}
}
