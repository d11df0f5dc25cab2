package io.github.canbao.registration.model;

import io.github.canbao.registration.model.indicator.Indicator;
import io.github.canbao.registration.model.indicator.IndicatorType;
import java.util.Map;
import java.util.Optional;

/**
 * One enrolment in one insurance, from a social-insurance business system or the cross-region
 * comparison (参保信息, {@code derivation.md}; Guangdong 参保(待遇)状态 / 参保日期 / 参保地).
 *
 * @param insuranceType {@code AAE140} 险种类型
 * @param status {@code AAC008} 人员参保状态: 1 参保缴费, 2 暂停缴费, 3 终止缴费
 * @param since 参保日期, {@code YYYYMMDD}
 * @param place 参保地, a GB/T 2260 division code
 * @param elsewhere {@code IN_PROVINCE} / {@code OUT_OF_PROVINCE} when the enrolment is known only
 *     from the cross-region comparison (异地参保, {@link Elsewhere})
 * @param unknown keys of the enrolment object this library does not know (a vendor's own {@code
 *     aae001}, say), in input order, with their JSON values, written back unchanged (as {@link
 *     RegistrationRecord#unknown()})
 * @since 0.1.0
 */
public record Enrolment(
    @Indicator(key = "aae140", code = "AAE140", name = "险种类型", length = 3, table = "AAE140")
        Optional<String> insuranceType,
    @Indicator(key = "aac008", code = "AAC008", name = "人员参保状态", length = 1, table = "AAC008")
        Optional<String> status,
    @Indicator(key = "since", name = "参保日期", type = IndicatorType.DATE, length = 8, source = "002 二(一)")
        Optional<String> since,
    @Indicator(key = "place", name = "参保地", length = 12, table = "AAB301", source = "002 二(一)")
        Optional<String> place,
    @Indicator(key = "elsewhere", name = "异地参保", length = 20, source = "044 附件1")
        Optional<String> elsewhere,
    Map<String, Object> unknown) {

  /**
   * Fills absent values with empty ones and copies the unknown keys, so that the enrolment is
   * immutable.
   */
  public Enrolment {
    insuranceType = insuranceType == null ? Optional.empty() : insuranceType;
    status = status == null ? Optional.empty() : status;
    since = since == null ? Optional.empty() : since;
    place = place == null ? Optional.empty() : place;
    elsewhere = elsewhere == null ? Optional.empty() : elsewhere;
    unknown = UnknownValues.copyOf(unknown);
  }

  /**
   * A local enrolment; {@code null} for an absent value.
   *
   * @since 0.1.0
   */
  public static Enrolment of(String insuranceType, String status, String since, String place) {
    return new Enrolment(
        Optional.ofNullable(insuranceType), Optional.ofNullable(status), Optional.ofNullable(since),
        Optional.ofNullable(place), Optional.empty(), Map.of());
  }

  /**
   * The same enrolment, known only from the cross-region comparison.
   *
   * @since 0.1.0
   */
  public Enrolment withElsewhere(Elsewhere where) {
    return new Enrolment(insuranceType, status, since, place, Optional.of(where.name()), unknown);
  }

  /**
   * Keys of the enrolment object this library does not know, in input order, with their JSON
   * values; written back unchanged by the JSON mapping (CSV carries unknown keys only at top level).
   *
   * @since 0.1.0
   */
  @Override
  public Map<String, Object> unknown() {
    return unknown;
  }
}
