package io.github.canbao.registration.model.constraints;

import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.indicator.Indicator;
import io.github.canbao.registration.model.indicator.IndicatorType;
import java.util.Optional;

/** Record types of the tests' own, public so that the indicator catalogue can read them. */
public final class TestRecords {

  private TestRecords() {}

  /** Two digit strings; the second's N is not enforced. */
  @ValidIndicators(numericNotEnforced = "XYZ002")
  public record Numbers(
      @Indicator(key = "n", code = "XYZ001", name = "编号", type = IndicatorType.NUMERIC, length = 5) Optional<String> n,
      @Indicator(key = "m", code = "XYZ002", name = "本地编号", type = IndicatorType.NUMERIC, length = 5) Optional<String> m) {}

  /** A record whose accessor throws: a defect the validators must report, not throw. */
  @ValidIndicators
  @ValidIdentityNumber
  public record Broken(
      @Indicator(key = "x", name = "坏字段", length = 3) Optional<String> x,
      @Indicator(key = "aac002", code = "AAC002", name = "公民身份号码", length = 18) Optional<SocialSecurityNumber> number) {

    @Override
    public Optional<String> x() {
      throw new IllegalStateException("secret 440106198503121237");
    }
  }

  /** A vendor's own form with value-level constraints. */
  public record Form(
      @ValidIdentityNumber String idNumber,
      Optional<@ValidIdentityNumber SocialSecurityNumber> other,
      @ValidPhoneNumber String mobile,
      Optional<@ValidPhoneNumber ContactNumber> phone,
      @ValidDivisionCode String place) {}
}
