package io.github.canbao.registration.codes.table;

/**
 * Benefit payment status 待遇发放状态, also used for 工伤保险伤残津贴状态 and 工伤保险供养亲属抚恤金状态 (粤人社办〔2017〕96号
 * 二(三)4–5): 3 is printed, 1 and 2 are inferred.
 *
 * <p>Constants, not an enum, because a locality may add codes to the table; look a value up in
 * {@link CodeBook#table(String)} with {@link #TABLE} rather than switching over these.
 *
 * @since 0.1.0
 */
public final class BenefitPaymentStatus {

  /**
   * The table id, the record key: {@code benefitPaymentStatus} 待遇发放状态.
   *
   * @since 0.1.0
   */
  public static final String TABLE = "benefitPaymentStatus";

  /**
   * {@code 1} 正常发放 (inferred).
   *
   * @since 0.1.0
   */
  public static final String PAID = "1";

  /**
   * {@code 2} 暂停发放 (inferred).
   *
   * @since 0.1.0
   */
  public static final String SUSPENDED = "2";

  /**
   * {@code 3} 终止发放.
   *
   * @since 0.1.0
   */
  public static final String TERMINATED = "3";

  private BenefitPaymentStatus() {}
}
