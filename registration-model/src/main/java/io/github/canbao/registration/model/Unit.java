package io.github.canbao.registration.model;

import io.github.canbao.registration.model.indicator.Indicator;
import io.github.canbao.registration.model.indicator.IndicatorType;
import java.util.Map;
import java.util.Optional;

/**
 * The unit a person works for: 单位基础信息 (人社厅发〔2015〕41号 附件1 表1). The unit's 行政区划编码
 * {@code AAB301} is carried by the record itself ({@link RegistrationRecord#divisionCode()}).
 *
 * @param unitNumber {@code AAB001} 单位编号 (表1)
 * @param unitName {@code AAB004} 单位名称 (表1); 工作单位全称 on the national form
 * @param unitType {@code AAB019} 单位类型 (表1)
 * @param unknown keys of the unit object this library does not know, in input order, with their JSON
 *     values, written back unchanged (as {@link RegistrationRecord#unknown()})
 * @since 0.1.0
 */
public record Unit(
    @Indicator(key = "aab001", code = "AAB001", name = "单位编号", type = IndicatorType.NUMERIC, length = 20)
        Optional<String> unitNumber,
    @Indicator(key = "aab004", code = "AAB004", name = "单位名称", length = 100) Optional<String> unitName,
    @Indicator(key = "aab019", code = "AAB019", name = "单位类型", length = 2, table = "AAB019")
        Optional<String> unitType,
    Map<String, Object> unknown) {

  /**
   * Fills absent values with empty ones and copies the unknown keys, so that the unit is
   * immutable.
   */
  public Unit {
    unitNumber = unitNumber == null ? Optional.empty() : unitNumber;
    unitName = unitName == null ? Optional.empty() : unitName;
    unitType = unitType == null ? Optional.empty() : unitType;
    unknown = UnknownValues.copyOf(unknown);
  }

  /**
   * A unit from its number, name and type; {@code null} for an absent value.
   *
   * @since 0.1.0
   */
  public static Unit of(String unitNumber, String unitName, String unitType) {
    return new Unit(
        Optional.ofNullable(unitNumber), Optional.ofNullable(unitName), Optional.ofNullable(unitType), Map.of());
  }

  /**
   * Keys of the unit object this library does not know, in input order, with their JSON values;
   * written back unchanged by the JSON mapping (CSV carries unknown keys only at top level).
   *
   * @since 0.1.0
   */
  @Override
  public Map<String, Object> unknown() {
    return unknown;
  }
}
