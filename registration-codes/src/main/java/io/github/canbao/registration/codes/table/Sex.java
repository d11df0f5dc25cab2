package io.github.canbao.registration.codes.table;

/**
 * Sex, {@code AAC004} 性别 (GB/T 2261.1-2003, named by 人社厅发〔2015〕41号 附件2).
 *
 * <p>Constants, not an enum, because a locality may add codes to the table; look a value up in
 * {@link CodeBook#table(String)} with {@link #TABLE} rather than switching over these.
 *
 * @since 0.1.0
 */
public final class Sex {

  /**
   * The table id, the national indicator code: {@code AAC004} 性别.
   *
   * @since 0.1.0
   */
  public static final String TABLE = "AAC004";

  /**
   * {@code 0} 未知的性别.
   *
   * @since 0.1.0
   */
  public static final String UNKNOWN = "0";

  /**
   * {@code 1} 男性.
   *
   * @since 0.1.0
   */
  public static final String MALE = "1";

  /**
   * {@code 2} 女性.
   *
   * @since 0.1.0
   */
  public static final String FEMALE = "2";

  /**
   * {@code 9} 未说明的性别.
   *
   * @since 0.1.0
   */
  public static final String UNSPECIFIED = "9";

  private Sex() {}
}
