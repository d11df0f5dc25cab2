package io.github.canbao.registration.batch.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NeedsSurveyTest {

  static RuleSet rules;
  static NeedsSurvey needsSurvey;
  static final DeriveOptions AS_OF = DeriveOptions.asOf(LocalDate.of(2026, 11, 23));

  @BeforeAll
  static void load() {
    rules = RuleSets.bundled("guangdong").ruleSet().orElseThrow();
    needsSurvey = NeedsSurvey.of(rules);
  }

  /** A local adult with every field Guangdong requires, insured as given. */
  static RegistrationRecord.Builder complete(List<Enrolment> enrolments) {
    return RegistrationRecord.builder()
        .divisionCode("440106").socialSecurityNumber(SocialSecurityNumber.of("440106198001010019")).name("张三").sex("1")
        .birthDate("19800101").hukouPlace("广东省广州市天河区").residenceAddress("广东省广州市天河区石牌街道华师社区1号")
        .hukouLocal(true).hukouDivision("440106").hukouStreetName("石牌街道").hukouStreetCode("440106001")
        .hukouCommunityName("华师社区").hukouCommunityCode("440106001001").survivalState("1")
        .registeredBy("DATA_CLEANING").enrolments(enrolments);
  }

  private static RegistrationRecord derive(RegistrationRecord r) {
    return rules.derive(r, AS_OF);
  }

  @Test
  @DisplayName("comparison §1.5: not insured → NOT_INSURED; the mark is set on the record")
  void notInsured() {
    RegistrationRecord marked = needsSurvey.mark(derive(complete(List.of()).build()));
    assertThat(marked.needsSurvey()).contains(true);
    assertThat(marked.surveyReasons()).containsExactly(NeedsSurvey.NOT_INSURED);
  }

  @Test
  @DisplayName("comparison §1.5: insured in some but not all insurances that apply → PARTLY_INSURED; an update that supplies them clears the mark")
  void partlyInsuredThenCleared() {
    RegistrationRecord flexible = complete(List.of(Enrolment.of("390", "1", "20200101", "440100")))
        .personStatus("51").build();
    RegistrationRecord marked = needsSurvey.mark(derive(flexible));
    assertThat(marked.surveyReasons()).containsExactly(NeedsSurvey.PARTLY_INSURED);
    RegistrationRecord updated = flexible.toBuilder()
        .enrolments(List.of(Enrolment.of("390", "1", "20200101", "440100"), Enrolment.of("170", "1", "20200101", "440100")))
        .build();
    // The host keeps the mark with the record; the update arrives with it, and marking again clears it.
    RegistrationRecord cleared = needsSurvey.mark(derive(updated.toBuilder()
        .needsSurvey(marked.needsSurvey().orElseThrow()).surveyReasons(marked.surveyReasons()).build()));
    assertThat(cleared.needsSurvey()).contains(false);
    assertThat(cleared.surveyReasons()).isEmpty();
  }

  @Test
  @DisplayName("comparison §1.5: a required field of the category missing → MISSING_REQUIRED_FIELD with the field; handler fields do not count")
  void missingField() {
    RegistrationRecord r = complete(List.of(Enrolment.of("390", "1", "20200101", "440100"), Enrolment.of("170", "1", "20200101", "440100")))
        .personStatus("51").registeredBy(null).residenceAddress(null).build();
    NeedsSurvey.Assessment a = needsSurvey.assess(derive(r));
    assertThat(a.reasons()).containsExactly(NeedsSurvey.MISSING_REQUIRED_FIELD);
    assertThat(a.missingFields()).containsExactly("aae006");
  }

  @Test
  @DisplayName("comparison §1.5: invalid key and same-key-different-person findings are survey reasons")
  void keyFindings() {
    RegistrationRecord invalid = complete(List.of()).socialSecurityNumber(SocialSecurityNumber.of("440106198001010012")).build();
    assertThat(needsSurvey.assess(derive(invalid)).reasons()).contains(NeedsSurvey.NOT_INSURED, NeedsSurvey.INVALID_KEY);
    RegistrationRecord twin = complete(List.of()).findings(List.of(Finding.of("SAME_KEY_DIFFERENT_PERSON", "aac002", null, null))).build();
    assertThat(needsSurvey.assess(derive(twin)).reasons()).contains(NeedsSurvey.SAME_KEY_DIFFERENT_PERSON);
  }
}
