package io.github.canbao.registration.codes.table;

/**
 * Enrolment status, {@code AAC008} 人员参保状态: 1 and 3 are printed by the Guangdong seed, 2 is
 * assigned.
 *
 * <p>Constants, not an enum, because a locality may add codes to the table; look a value up in
 * {@link CodeBook#table(String)} with {@link #TABLE} rather than switching over these.
 *
 * @since 0.1.0
 */
public final class EnrolmentStatus {

  /**
   * The table id, the national indicator code: {@code AAC008} 人员参保状态.
   *
   * @since 0.1.0
   */
  public static final String TABLE = "AAC008";

  /**
   * {@code 1} 参保缴费.
   *
   * @since 0.1.0
   */
  public static final String CONTRIBUTING = "1";

  /**
   * {@code 2} 暂停缴费.
   *
   * @since 0.1.0
   */
  public static final String SUSPENDED = "2";

  /**
   * {@code 3} 终止缴费.
   *
   * @since 0.1.0
   */
  public static final String TERMINATED = "3";

  private EnrolmentStatus() {}
}
