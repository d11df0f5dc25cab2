package io.github.canbao.registration.model;

import io.github.canbao.registration.model.indicator.Indicator;
import java.util.Optional;

/**
 * One benefit, from a benefit system (待遇, {@code derivation.md}).
 *
 * @param insuranceType {@code AAE140} 险种类型 of the benefit (110, 120, 170 are pensions)
 * @param status payment status: 1 正常发放, 2 暂停发放, 3 终止发放
 * @param kind the benefit kind as the source system names it, if given
 * @since 0.1.0
 */
public record Benefit(
    @Indicator(key = "aae140", code = "AAE140", name = "险种类型", length = 3, table = "AAE140")
        Optional<String> insuranceType,
    @Indicator(key = "status", name = "待遇发放状态", length = 1, table = "benefitPaymentStatus", source = "derivation.md")
        Optional<String> status,
    @Indicator(key = "kind", name = "待遇类型", length = 50, source = "derivation.md") Optional<String> kind) {

  public Benefit {
    insuranceType = insuranceType == null ? Optional.empty() : insuranceType;
    status = status == null ? Optional.empty() : status;
    kind = kind == null ? Optional.empty() : kind;
  }

  /** A benefit of an insurance type in a payment status. */
  public static Benefit of(String insuranceType, String status) {
    return new Benefit(Optional.ofNullable(insuranceType), Optional.ofNullable(status), Optional.empty());
  }
}
