package io.github.canbao.registration.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.json.RegistrationJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("unknown keys: kept whole for the round trip, masked in toString")
class UnknownValuesTest {

  private static final String JSON =
      "{\"aac003\":\"陈小明\",\"spousePhone\":\"13800138000\",\"spouseId\":\"440106201609010011\","
          + "\"unit\":{\"aab004\":\"某公司\",\"contact\":\"13900139000\"},"
          + "\"enrolments\":[{\"aae140\":\"390\",\"agentId\":\"11010519491231002X\"}]}";

  @Test
  @DisplayName("a vendor's columns with a phone or an identity number, at any level, never show whole in toString")
  void masked() throws Exception {
    RegistrationRecord record = RegistrationJson.mapper().readValue(JSON, RegistrationRecord.class);
    String text = record.toString();
    assertThat(text).doesNotContain("13800138000", "440106201609010011", "13900139000", "11010519491231002X");
    assertThat(text).contains("138****8000", "440106********0011", "139****9000", "110105********002X", "陈小明");
  }

  @Test
  @DisplayName("the values themselves stay whole: JSON round trip and equality with a plain map")
  void wholeInData() throws Exception {
    RegistrationRecord record = RegistrationJson.mapper().readValue(JSON, RegistrationRecord.class);
    assertThat(record.unknown()).containsEntry("spousePhone", "13800138000").containsEntry("spouseId", "440106201609010011");
    assertThat(RegistrationJson.mapper().writeValueAsString(record)).contains("\"spousePhone\":\"13800138000\"");
    assertThat(record.unknown()).isEqualTo(Map.of("spousePhone", "13800138000", "spouseId", "440106201609010011"));
    assertThat(RegistrationRecord.builder().unknown(Map.of("a", 1)).build())
        .isEqualTo(RegistrationRecord.builder().unknown(Map.of("a", 1)).build());
    assertThat(record.enrolments()).extracting(e -> e.unknown().get("agentId")).isEqualTo(List.of("11010519491231002X"));
  }
}
