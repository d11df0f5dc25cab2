package io.github.canbao.registration.model;

import io.github.canbao.registration.model.indicator.Indicator;
import java.util.Map;
import java.util.Optional;

/**
 * One benefit, from a benefit system (待遇, {@code derivation.md}).
 *
 * @param insuranceType {@code AAE140} 险种类型 of the benefit (110, 120, 170 are pensions)
 * @param status payment status: 1 正常发放, 2 暂停发放, 3 终止发放
 * @param kind the benefit kind as the source system names it, if given
 * @param unknown keys of the benefit object this library does not know, in input order, with their
 *     JSON values, written back unchanged (as {@link RegistrationRecord#unknown()})
 * @since 0.1.0
 */
public record Benefit(
    @Indicator(key = "aae140", code = "AAE140", name = "险种类型", length = 3, table = "AAE140")
        Optional<String> insuranceType,
    @Indicator(key = "status", name = "待遇发放状态", length = 1, table = "benefitPaymentStatus", source = "derivation.md")
        Optional<String> status,
    @Indicator(key = "kind", name = "待遇类型", length = 50, source = "derivation.md") Optional<String> kind,
    Map<String, Object> unknown) {

  /**
   * Fills absent values with empty ones and copies the unknown keys, so that the benefit is
   * immutable.
   */
  public Benefit {
    insuranceType = insuranceType == null ? Optional.empty() : insuranceType;
    status = status == null ? Optional.empty() : status;
    kind = kind == null ? Optional.empty() : kind;
    unknown = UnknownValues.copyOf(unknown);
  }

  /**
   * A benefit of an insurance type in a payment status.
   *
   * @since 0.1.0
   */
  public static Benefit of(String insuranceType, String status) {
    return new Benefit(Optional.ofNullable(insuranceType), Optional.ofNullable(status), Optional.empty(), Map.of());
  }

  /**
   * Keys of the benefit object this library does not know, in input order, with their JSON values;
   * written back unchanged by the JSON mapping (CSV carries unknown keys only at top level).
   *
   * @since 0.1.0
   */
  @Override
  public Map<String, Object> unknown() {
    return unknown;
  }
}
