package io.github.canbao.registration.model.validation;

import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Guardian;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.Unit;
import io.github.canbao.registration.model.indicator.Indicator;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Complete, valid records of each category, and a way to take one field out of them. */
public final class Records {

  /** A valid citizen number: 440106 天河区, born 1985-03-12, male. */
  public static final String NUMBER = "440106198503121237";

  /** A valid citizen number for a guardian: 110105, born 1949-12-31, female. */
  public static final String GUARDIAN_NUMBER = "11010519491231002X";

  private Records() {}

  /** Complete for the national requirements, with a unit (so that 表1 is required too). */
  public static RegistrationRecord national() {
    return person()
        .unit(Unit.of("U0001", "广州某某有限公司", "10"))
        .divisionCode("440106")
        .build();
  }

  /**
   * Complete for Guangdong's category {@code 1}, {@code 2} or {@code 3}; {@code employed}: employed
   * at a unit (就业状态 1, with the unit), else without one (就业状态 2, 无单位类型 3 未就业).
   */
  public static RegistrationRecord guangdong(String category, boolean employed) {
    boolean insured = !"2".equals(category);
    RegistrationRecord.Builder b =
        person()
            .divisionCode("440106")
            .hukouLocal(!"3".equals(category))
            .hukouDivision("440106")
            .hukouStreetName("石牌街道")
            .hukouStreetCode("440106001")
            .hukouCommunityName("华师社区")
            .hukouCommunityCode("440106001001")
            .survivalState("1")
            .enrolmentCategory(category)
            .employmentState(employed ? "1" : "2")
            .noUnitType(employed ? null : "3")
            .unit(employed ? Unit.of("U0001", "广州某某有限公司", "10") : null);
    if (insured) {
      b.enrolments(
          List.of(
              Enrolment.of("110", "1", "20100101", "440100"),
              Enrolment.of("310", "1", "20100101", "440106")));
    } else {
      b.nonEnrolmentReason("10")
          .pensionStatus("91")
          .medicalStatus("91")
          .workInjuryStatus("91")
          .unemploymentStatus("91")
          .maternityStatus("91");
    }
    return b.build();
  }

  /** Every national field but the unit's, valid and consistent. */
  private static RegistrationRecord.Builder person() {
    return RegistrationRecord.builder()
        .personId("P000123")
        .socialSecurityNumber(SocialSecurityNumber.of(NUMBER))
        .name("陈大明")
        .sex("1")
        .birthDate("19850312")
        .personStatus("21")
        .hukouNature("11")
        .hukouPlace("广东省广州市天河区")
        .residenceAddress("广东省广州市天河区石牌街道华师社区中山大道西55号3栋201")
        .householdBookNumber("H0001")
        .familyNumber("F0001")
        .phone(ContactNumber.of("13800138000"))
        .guardian(Guardian.of("陈老先生", GUARDIAN_NUMBER, "020-87654321"))
        .evidence(List.of("EMPLOYED_AT_UNIT"))
        .registeredBy("SURVEY")
        .handler("张三")
        .handledAt("2026-11-20T10:15:00")
        .reviewer("李四")
        .reviewedAt("2026-11-21T09:00:00")
        .pensionStatus("11")
        .medicalStatus("21")
        .workInjuryStatus("30")
        .unemploymentStatus("40")
        .maternityStatus("50");
  }

  /**
   * The record with the field at a catalogue path taken out: an absent value, an empty list; a
   * path through a list ({@code enrolments[].since}) takes it out of the first element.
   */
  public static RegistrationRecord without(RegistrationRecord record, String path) {
    return (RegistrationRecord) without((Record) record, path);
  }

  private static Record without(Record owner, String path) {
    int dot = path.indexOf('.');
    String head = dot < 0 ? path : path.substring(0, dot);
    String rest = dot < 0 ? "" : path.substring(dot + 1);
    boolean list = head.endsWith("[]");
    String key = list ? head.substring(0, head.length() - 2) : head;
    RecordComponent[] components = owner.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        RecordComponent component = components[i];
        types[i] = component.getType();
        Object value = component.getAccessor().invoke(owner);
        Indicator indicator = component.getAnnotation(Indicator.class);
        if (indicator != null && indicator.key().equals(key)) {
          found = true;
          if (rest.isEmpty()) {
            value = value instanceof List<?> ? List.of() : Optional.empty();
          } else if (list) {
            List<Object> elements = new ArrayList<>((List<?>) value);
            elements.set(0, without((Record) elements.get(0), rest));
            value = elements;
          } else {
            value = ((Optional<?>) value).map(nested -> without((Record) nested, rest));
          }
        }
        values[i] = value;
      }
      if (!found) {
        throw new IllegalArgumentException("no " + key + " in " + owner.getClass().getSimpleName());
      }
      Constructor<?> constructor = owner.getClass().getDeclaredConstructor(types);
      return (Record) constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
