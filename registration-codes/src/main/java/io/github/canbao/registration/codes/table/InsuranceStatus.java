package io.github.canbao.registration.codes.table;

import java.util.List;

/**
 * Insurance status, the per-insurance national codes {@code AIC003} 养老保险参保状态,
 * {@code AKC003} 医疗保险参保状态, {@code ALC003} 工伤保险参保状态, {@code AJC003} 失业保险参保状态
 * and {@code AMC003} 生育保险参保状态 (人社厅发〔2015〕41号 附件2): the codes derivation rule 5 writes.
 * The "已参加…" codes belong to one table each; 81 to 95 are shared by all five.
 *
 * <p>Constants, not an enum, because a locality may add codes to the tables; look a value up in
 * {@link CodeBook#table(String)} with one of the table ids rather than switching over these.
 *
 * @since 0.1.0
 */
public final class InsuranceStatus {

  /**
   * {@code AIC003} 养老保险参保状态, pension insurance status.
   *
   * @since 0.1.0
   */
  public static final String PENSION_TABLE = "AIC003";

  /**
   * {@code AKC003} 医疗保险参保状态, medical insurance status.
   *
   * @since 0.1.0
   */
  public static final String MEDICAL_TABLE = "AKC003";

  /**
   * {@code ALC003} 工伤保险参保状态, work-injury insurance status.
   *
   * @since 0.1.0
   */
  public static final String WORK_INJURY_TABLE = "ALC003";

  /**
   * {@code AJC003} 失业保险参保状态, unemployment insurance status.
   *
   * @since 0.1.0
   */
  public static final String UNEMPLOYMENT_TABLE = "AJC003";

  /**
   * {@code AMC003} 生育保险参保状态, maternity insurance status.
   *
   * @since 0.1.0
   */
  public static final String MATERNITY_TABLE = "AMC003";

  /**
   * The five table ids, in the order pension, medical, work injury, unemployment, maternity.
   *
   * @since 0.1.0
   */
  public static final List<String> TABLES = List.of(
      PENSION_TABLE, MEDICAL_TABLE, WORK_INJURY_TABLE, UNEMPLOYMENT_TABLE, MATERNITY_TABLE);

  /**
   * {@code AIC003} {@code 11} 已参加城镇职工基本养老保险 (AAE140 110).
   *
   * @since 0.1.0
   */
  public static final String PENSION_URBAN_EMPLOYEE = "11";

  /**
   * {@code AIC003} {@code 12} 已参加城乡居民基本养老保险 (AAE140 170).
   *
   * @since 0.1.0
   */
  public static final String PENSION_URBAN_RURAL_RESIDENT = "12";

  /**
   * {@code AIC003} {@code 13} 已参加机关事业养老保险 (AAE140 120).
   *
   * @since 0.1.0
   */
  public static final String PENSION_PUBLIC_INSTITUTION = "13";

  /**
   * {@code AKC003} {@code 21} 已参加城镇职工基本医疗保险 (AAE140 310).
   *
   * @since 0.1.0
   */
  public static final String MEDICAL_URBAN_EMPLOYEE = "21";

  /**
   * {@code AKC003} {@code 27} 已参加城乡统筹基本医疗保险 (AAE140 390).
   *
   * @since 0.1.0
   */
  public static final String MEDICAL_URBAN_RURAL_RESIDENT = "27";

  /**
   * {@code ALC003} {@code 30} 已参加工伤保险 (AAE140 410).
   *
   * @since 0.1.0
   */
  public static final String WORK_INJURY_ENROLLED = "30";

  /**
   * {@code AJC003} {@code 40} 已参加失业保险 (AAE140 210).
   *
   * @since 0.1.0
   */
  public static final String UNEMPLOYMENT_ENROLLED = "40";

  /**
   * {@code AMC003} {@code 50} 已参加生育保险 (AAE140 510).
   *
   * @since 0.1.0
   */
  public static final String MATERNITY_ENROLLED = "50";

  /**
   * {@code 81} 省内异地参保, in all five tables.
   *
   * @since 0.1.0
   */
  public static final String IN_PROVINCE_ELSEWHERE = "81";

  /**
   * {@code 82} 省外异地参保, in all five tables.
   *
   * @since 0.1.0
   */
  public static final String OUT_OF_PROVINCE_ELSEWHERE = "82";

  /**
   * {@code 91} 个人未参保, in all five tables.
   *
   * @since 0.1.0
   */
  public static final String PERSONAL_NOT_ENROLLED = "91";

  /**
   * {@code 92} 单位未予参保, in all five tables.
   *
   * @since 0.1.0
   */
  public static final String UNIT_NOT_ENROLLED = "92";

  /**
   * {@code 93} 参军、出国、判刑等其他原因未参保, in all five tables.
   *
   * @since 0.1.0
   */
  public static final String OTHER_REASON_NOT_ENROLLED = "93";

  /**
   * {@code 94} 中断, in all five tables.
   *
   * @since 0.1.0
   */
  public static final String INTERRUPTED = "94";

  /**
   * {@code 95} 不需参加该险种, in all five tables.
   *
   * @since 0.1.0
   */
  public static final String NOT_REQUIRED = "95";

  private InsuranceStatus() {}
}
