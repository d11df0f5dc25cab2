package io.github.canbao.registration.codes.table;

/**
 * Person status, {@code AAC012} 个人身份 (人社厅发〔2015〕41号 附件2): the codes derivation reads, and a few
 * obvious neighbours.
 *
 * <p>Constants, not an enum, because a locality may add codes to the table; look a value up in
 * {@link CodeBook#table(String)} with {@link #TABLE} rather than switching over these.
 *
 * @since 0.1.0
 */
public final class PersonStatus {

  /**
   * The table id, the national indicator code: {@code AAC012} 个人身份.
   *
   * @since 0.1.0
   */
  public static final String TABLE = "AAC012";

  /**
   * {@code 31} 学生.
   *
   * @since 0.1.0
   */
  public static final String STUDENT = "31";

  /**
   * {@code 37} 现役军人.
   *
   * @since 0.1.0
   */
  public static final String SOLDIER = "37";

  /**
   * {@code 51} 自由职业者.
   *
   * @since 0.1.0
   */
  public static final String FREELANCER = "51";

  /**
   * {@code 70} 无业人员.
   *
   * @since 0.1.0
   */
  public static final String UNEMPLOYED = "70";

  /**
   * {@code 80} 退(离)休人员.
   *
   * @since 0.1.0
   */
  public static final String RETIRED = "80";

  /**
   * {@code 90} 其他.
   *
   * @since 0.1.0
   */
  public static final String OTHER = "90";

  private PersonStatus() {}
}
