package io.github.canbao.registration.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.Unit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("indicators.md: the catalogue read from the @Indicator annotations")
class IndicatorCatalogueTest {

  private final IndicatorCatalogue catalogue = IndicatorCatalogue.registrationRecord();

  @Test
  @DisplayName("every national indicator of tables 1-4 is in the catalogue with its type and length")
  void nationalIndicators() {
    Set<String> codes = catalogue.fields().stream().map(IndicatorField::code).collect(Collectors.toSet());
    assertThat(codes)
        .contains(
            "AAB301", "AAB001", "AAB004", "AAB019", "AAC001", "AAC003", "AAC004", "AAC002", "AAC006", "AAC012",
            "AAC009", "AAC010", "AAE006", "AAB401", "AAB402", "AIC003", "AKC003", "ALC003", "AJC003", "AMC003",
            "AAE011", "AAE036", "AAE014", "AAE015");
    IndicatorField aac002 = catalogue.field("aac002").orElseThrow();
    assertThat(aac002.name()).isEqualTo("公民身份号码");
    assertThat(aac002.length()).isEqualTo(18);
    assertThat(catalogue.field("unit.aab004").orElseThrow().length()).isEqualTo(100);
    assertThat(catalogue.field("aac006").orElseThrow().type()).isEqualTo(IndicatorType.DATE);
    assertThat(catalogue.field("aae036").orElseThrow().type()).isEqualTo(IndicatorType.DATE_TIME);
    assertThat(catalogue.field("enrolments[].aac008").orElseThrow().table()).isEqualTo("AAC008");
    assertThat(catalogue.field("workInjury.survivorPension.status")).isPresent();
    assertThat(catalogue.withCode("AAC002")).extracting(IndicatorField::path).containsExactly("aac002", "guardian.aac002");
  }

  @Test
  @DisplayName("record-format.md Fields that derivation writes: @Indicator(derived) marks them, not the handler fields")
  void derivedFields() {
    assertThat(catalogue.fields().stream().filter(IndicatorField::derived).map(IndicatorField::path))
        .containsExactly(
            "employmentState", "noUnitType", "nonEnrolmentReason", "enrolmentCategory",
            "aic003", "akc003", "alc003", "ajc003", "amc003",
            "disabilityAllowanceState", "survivorPensionState", "outcomeAction", "uninsuredInsurances");
    for (String given : List.of("aae011", "aae036", "aae014", "aae015", "aac002", "explanations", "unit.aab004")) {
      assertThat(catalogue.field(given).orElseThrow().derived()).as(given).isFalse();
    }
  }

  @Test
  @DisplayName("a field without a national code names its record key as indicator")
  void uncodedFields() {
    IndicatorField phone = catalogue.field("phone").orElseThrow();
    assertThat(phone.code()).isEmpty();
    assertThat(phone.indicator()).isEqualTo("phone");
    assertThat(catalogue.field("aac002").orElseThrow().indicator()).isEqualTo("AAC002");
  }

  @Test
  @DisplayName("a field reads its value from its owner, unwrapped")
  void readsValues() {
    RegistrationRecord record =
        RegistrationRecord.builder()
            .socialSecurityNumber(SocialSecurityNumber.of("440106201609010011"))
            .unit(Unit.of("U1", "广州某某有限公司", "10"))
            .enrolments(List.of(Enrolment.of("390", "1", "20170101", "440100")))
            .build();
    assertThat(catalogue.field("aac002").orElseThrow().valueIn(record))
        .contains(SocialSecurityNumber.of("440106201609010011"));
    assertThat(catalogue.field("aac003").orElseThrow().valueIn(record)).isEmpty();
    Unit unit = record.unit().orElseThrow();
    assertThat(catalogue.field("unit.aab004").orElseThrow().valueIn(unit)).contains("广州某某有限公司");
  }

  @Test
  @DisplayName("toString of a record masks identity and phone numbers")
  void recordToStringIsMasked() {
    RegistrationRecord record =
        RegistrationRecord.builder()
            .socialSecurityNumber(SocialSecurityNumber.of("440106201609010011"))
            .phone(io.github.canbao.registration.model.ContactNumber.of("13800138000"))
            .build();
    assertThat(record.toString()).contains("440106********0011", "138****8000")
        .doesNotContain("440106201609010011", "13800138000");
  }
}
