package io.github.canbao.registration.model;

import io.github.canbao.registration.model.indicator.Indicator;
import java.util.Map;
import java.util.Optional;

/**
 * The guardian (监护人) of a person under 16 or without civil capacity (Suzhou form, 说明 2, {@code
 * 001}). The guardian's number is validated like any identity number.
 *
 * @param name {@code AAC003} 姓名 of the guardian
 * @param socialSecurityNumber {@code AAC002} 公民身份号码 of the guardian, as given
 * @param phone 联系电话 of the guardian, as given
 * @param unknown keys of the guardian object this library does not know, in input order, with their
 *     JSON values, written back unchanged (as {@link RegistrationRecord#unknown()})
 * @since 0.1.0
 */
public record Guardian(
    @Indicator(key = "aac003", code = "AAC003", name = "监护人姓名", length = 20) Optional<String> name,
    @Indicator(key = "aac002", code = "AAC002", name = "监护人公民身份号码", length = 18)
        Optional<SocialSecurityNumber> socialSecurityNumber,
    @Indicator(key = "phone", name = "监护人联系电话", length = 20, source = "001 说明2")
        Optional<ContactNumber> phone,
    Map<String, Object> unknown) {

  /**
   * Fills absent values with empty ones and copies the unknown keys, so that the guardian is
   * immutable.
   */
  public Guardian {
    name = name == null ? Optional.empty() : name;
    socialSecurityNumber = socialSecurityNumber == null ? Optional.empty() : socialSecurityNumber;
    phone = phone == null ? Optional.empty() : phone;
    unknown = UnknownValues.copyOf(unknown);
  }

  /**
   * A guardian from name, number and phone; {@code null} for an absent value.
   *
   * @since 0.1.0
   */
  public static Guardian of(String name, String socialSecurityNumber, String phone) {
    return new Guardian(
        Optional.ofNullable(name),
        Optional.ofNullable(socialSecurityNumber).map(SocialSecurityNumber::of),
        Optional.ofNullable(phone).map(ContactNumber::of),
        Map.of());
  }

  /**
   * Keys of the guardian object this library does not know, in input order, with their JSON values;
   * written back unchanged by the JSON mapping (CSV carries unknown keys only at top level).
   *
   * @since 0.1.0
   */
  @Override
  public Map<String, Object> unknown() {
    return unknown;
  }
}
