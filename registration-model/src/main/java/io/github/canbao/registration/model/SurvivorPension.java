package io.github.canbao.registration.model;

import io.github.canbao.registration.model.indicator.Indicator;
import io.github.canbao.registration.model.indicator.IndicatorType;
import java.util.Map;
import java.util.Optional;

/**
 * A work-injury survivor pension (供养亲属抚恤金, Guangdong 二(三)5, {@code 002}).
 *
 * @param monthly whether it is paid monthly
 * @param status its payment status: 1 正常发放, 2 暂停发放, 3 终止发放
 * @param unknown keys of the survivor-pension object this library does not know, in input order,
 *     with their JSON values, written back unchanged (as {@link RegistrationRecord#unknown()})
 * @since 0.1.0
 */
public record SurvivorPension(
    @Indicator(key = "monthly", name = "按月领取", type = IndicatorType.BOOLEAN, source = "002 二(三)5")
        Optional<Boolean> monthly,
    @Indicator(key = "status", name = "发放状态", length = 1, table = "benefitPaymentStatus", source = "002 二(三)5")
        Optional<String> status,
    Map<String, Object> unknown) {

  /**
   * Fills absent values with empty ones and copies the unknown keys, so that the pension is
   * immutable.
   */
  public SurvivorPension {
    monthly = monthly == null ? Optional.empty() : monthly;
    status = status == null ? Optional.empty() : status;
    unknown = UnknownValues.copyOf(unknown);
  }

  /**
   * A survivor pension.
   *
   * @since 0.1.0
   */
  public static SurvivorPension of(boolean monthly, String status) {
    return new SurvivorPension(Optional.of(monthly), Optional.ofNullable(status), Map.of());
  }

  /**
   * Keys of the survivor-pension object this library does not know, in input order, with their JSON
   * values; written back unchanged by the JSON mapping (CSV carries unknown keys only at top level).
   *
   * @since 0.1.0
   */
  @Override
  public Map<String, Object> unknown() {
    return unknown;
  }
}
