package io.github.canbao.registration.model;

import io.github.canbao.registration.model.indicator.Indicator;
import io.github.canbao.registration.model.indicator.IndicatorType;
import java.util.Map;
import java.util.Optional;

/**
 * Work-injury data (Guangdong 二(三)4–5, {@code 002}): the disability grade and how the disability
 * allowance is paid, and the survivor pension.
 *
 * @param grade disability grade 1–10; empty when ungraded
 * @param monthly whether the disability allowance is paid monthly (else as a lump sum)
 * @param status the allowance's payment status: 1 正常发放, 2 暂停发放, 3 终止发放
 * @param survivorPension the survivor pension, when there is one
 * @param unknown keys of the work-injury object this library does not know, in input order, with
 *     their JSON values, written back unchanged (as {@link RegistrationRecord#unknown()})
 * @since 0.1.0
 */
public record WorkInjury(
    @Indicator(key = "grade", name = "伤残等级", type = IndicatorType.INTEGER, source = "002 二(三)4")
        Optional<Integer> grade,
    @Indicator(key = "monthly", name = "按月领取", type = IndicatorType.BOOLEAN, source = "002 二(三)4")
        Optional<Boolean> monthly,
    @Indicator(key = "status", name = "伤残津贴发放状态", length = 1, table = "benefitPaymentStatus", source = "002 二(三)4")
        Optional<String> status,
    @Indicator(key = "survivorPension", name = "供养亲属抚恤金", type = IndicatorType.GROUP, source = "002 二(三)5")
        Optional<SurvivorPension> survivorPension,
    Map<String, Object> unknown) {

  /**
   * Fills absent values with empty ones and copies the unknown keys, so that the record is
   * immutable.
   */
  public WorkInjury {
    grade = grade == null ? Optional.empty() : grade;
    monthly = monthly == null ? Optional.empty() : monthly;
    status = status == null ? Optional.empty() : status;
    survivorPension = survivorPension == null ? Optional.empty() : survivorPension;
    unknown = UnknownValues.copyOf(unknown);
  }

  /**
   * Keys of the work-injury object this library does not know, in input order, with their JSON
   * values; written back unchanged by the JSON mapping (CSV carries unknown keys only at top level).
   *
   * @since 0.1.0
   */
  @Override
  public Map<String, Object> unknown() {
    return unknown;
  }
}
