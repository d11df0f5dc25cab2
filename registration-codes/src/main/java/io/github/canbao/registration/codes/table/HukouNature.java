package io.github.canbao.registration.codes.table;

/**
 * Hukou nature, {@code AAC009} 户口性质 (人社厅发〔2015〕41号 附件2); derivation reads it to decide whether a
 * person's household registration is local.
 *
 * <p>Constants, not an enum, because a locality may add codes to the table; look a value up in
 * {@link CodeBook#table(String)} with {@link #TABLE} rather than switching over these.
 *
 * @since 0.1.0
 */
public final class HukouNature {

  /**
   * The table id, the national indicator code: {@code AAC009} 户口性质.
   *
   * @since 0.1.0
   */
  public static final String TABLE = "AAC009";

  /**
   * {@code 10} 非农业户口(城镇).
   *
   * @since 0.1.0
   */
  public static final String NON_AGRICULTURAL = "10";

  /**
   * {@code 11} 本地非农业户口(本地城镇).
   *
   * @since 0.1.0
   */
  public static final String LOCAL_NON_AGRICULTURAL = "11";

  /**
   * {@code 12} 外地非农业户口(外地城镇).
   *
   * @since 0.1.0
   */
  public static final String NON_LOCAL_NON_AGRICULTURAL = "12";

  /**
   * {@code 20} 农业户口(农村).
   *
   * @since 0.1.0
   */
  public static final String AGRICULTURAL = "20";

  /**
   * {@code 21} 本地农业户口(本地农村).
   *
   * @since 0.1.0
   */
  public static final String LOCAL_AGRICULTURAL = "21";

  /**
   * {@code 22} 外地农业户口(外地农村).
   *
   * @since 0.1.0
   */
  public static final String NON_LOCAL_AGRICULTURAL = "22";

  /**
   * {@code 30} 港澳台侨人员.
   *
   * @since 0.1.0
   */
  public static final String HONG_KONG_MACAO_TAIWAN_OVERSEAS_CHINESE = "30";

  /**
   * {@code 31} 香港特别行政区居民.
   *
   * @since 0.1.0
   */
  public static final String HONG_KONG_RESIDENT = "31";

  /**
   * {@code 32} 澳门特别行政区居民.
   *
   * @since 0.1.0
   */
  public static final String MACAO_RESIDENT = "32";

  /**
   * {@code 33} 台湾地区居民.
   *
   * @since 0.1.0
   */
  public static final String TAIWAN_RESIDENT = "33";

  /**
   * {@code 34} 华侨.
   *
   * @since 0.1.0
   */
  public static final String OVERSEAS_CHINESE = "34";

  /**
   * {@code 40} 外国人.
   *
   * @since 0.1.0
   */
  public static final String FOREIGNER = "40";

  /**
   * {@code 41} 未取得永久居留权的外国人.
   *
   * @since 0.1.0
   */
  public static final String FOREIGNER_WITHOUT_PERMANENT_RESIDENCE = "41";

  /**
   * {@code 42} 取得永久居留权的外国人.
   *
   * @since 0.1.0
   */
  public static final String FOREIGNER_WITH_PERMANENT_RESIDENCE = "42";

  /**
   * {@code 50} 居民户口(含农业户口、非农业户口).
   *
   * @since 0.1.0
   */
  public static final String RESIDENT = "50";

  /**
   * {@code 51} 本地居民户口.
   *
   * @since 0.1.0
   */
  public static final String LOCAL_RESIDENT = "51";

  /**
   * {@code 52} 外地居民户口.
   *
   * @since 0.1.0
   */
  public static final String NON_LOCAL_RESIDENT = "52";

  private HukouNature() {}
}
