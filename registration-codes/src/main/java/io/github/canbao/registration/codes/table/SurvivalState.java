package io.github.canbao.registration.codes.table;

/**
 * Survival state 生存状态, required by 粤人社办〔2017〕96号; no seed prints its values, so all three codes
 * are assigned by this project.
 *
 * <p>Constants, not an enum, because a locality may add codes to the table; look a value up in
 * {@link CodeBook#table(String)} with {@link #TABLE} rather than switching over these.
 *
 * @since 0.1.0
 */
public final class SurvivalState {

  /**
   * The table id, the record key: {@code survivalState} 生存状态.
   *
   * @since 0.1.0
   */
  public static final String TABLE = "survivalState";

  /**
   * {@code 1} 生存.
   *
   * @since 0.1.0
   */
  public static final String ALIVE = "1";

  /**
   * {@code 2} 死亡.
   *
   * @since 0.1.0
   */
  public static final String DECEASED = "2";

  /**
   * {@code 9} 不详.
   *
   * @since 0.1.0
   */
  public static final String UNKNOWN = "9";

  private SurvivalState() {}
}
