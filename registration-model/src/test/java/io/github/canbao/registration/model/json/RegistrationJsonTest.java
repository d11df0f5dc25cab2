package io.github.canbao.registration.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Explanation;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("record-format.md: the JSON mapping of a person record")
class RegistrationJsonTest {

  private final JsonMapper mapper = RegistrationJson.mapper();

  static String resource(String name) throws IOException {
    try (InputStream in = RegistrationJsonTest.class.getResourceAsStream("/json/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void assertRoundTrip(String json) throws IOException {
    RegistrationRecord record = mapper.readValue(json, RegistrationRecord.class);
    String written = mapper.writeValueAsString(record);
    assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(json));
    assertThat(written).doesNotContain("\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"example.json", "unknown-keys.json", "derived.json"})
  @DisplayName("record-format.md: JSON -> model -> JSON gives the same JSON tree")
  void roundTrip(String name) throws IOException {
    assertRoundTrip(resource(name));
  }

  @Test
  @DisplayName("record-format.md Person record: the example maps to the model's components")
  void exampleMapsToComponents() throws IOException {
    RegistrationRecord record = mapper.readValue(resource("example.json"), RegistrationRecord.class);
    assertThat(record.divisionCode()).contains("440106");
    assertThat(record.socialSecurityNumber()).contains(SocialSecurityNumber.of("440106201609010011"));
    assertThat(record.phone()).contains(ContactNumber.of("13800138000"));
    assertThat(record.hukouLocal()).contains(true);
    assertThat(record.unit()).contains(Unit.of("U0001", "广州某某有限公司", "10"));
    assertThat(record.enrolments()).containsExactly(Enrolment.of("390", "1", "20170101", "440100"));
    assertThat(record.benefits()).singleElement().satisfies(b -> assertThat(b.status()).contains("1"));
    assertThat(record.evidence()).containsExactly("STUDENT_ROLL");
    assertThat(record.workInjury().orElseThrow().grade()).contains(3);
    assertThat(record.workInjury().orElseThrow().survivorPension().orElseThrow().monthly()).contains(true);
    assertThat(record.registeredBy()).contains("DATA_CLEANING");
    assertThat(record.unknown()).isEmpty();
  }

  @Test
  @DisplayName("record-format.md: unknown keys are kept in input order as JDK values, 1.50 stays 1.50")
  void unknownKeysAsJdkValues() throws IOException {
    String json = resource("unknown-keys.json");
    RegistrationRecord record = mapper.readValue(json, RegistrationRecord.class);
    Map<String, Object> unknown = record.unknown();
    assertThat(unknown.keySet())
        .containsExactly(
            "vendorText", "vendorCount", "vendorAmount", "vendorBig", "vendorFlag", "vendorNothing",
            "vendorObject", "vendorArray", "unknown");
    assertThat(unknown.get("vendorText")).isEqualTo("甲");
    assertThat(unknown.get("vendorCount")).isEqualTo(42L);
    assertThat(unknown.get("vendorAmount")).isEqualTo(new BigDecimal("1.50"));
    assertThat(unknown.get("vendorBig")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(unknown.get("vendorFlag")).isEqualTo(true);
    assertThat(unknown).containsEntry("vendorNothing", null);
    assertThat(unknown.get("vendorObject")).isEqualTo(Map.of("a", List.of(1L, java.util.Collections.singletonMap("b", null)), "c", new BigDecimal("2.0")));
    assertThat(unknown.get("unknown")).isEqualTo(Map.of("q", 1L));
    assertThat(record.name()).contains("陈小明");
    assertThat(record.sex()).contains("2");

    String written = mapper.writeValueAsString(record);
    assertThat(written)
        .contains("\"vendorAmount\":1.50", "\"vendorBig\":123456789012345678901234567890", "\"vendorNothing\":null",
            "0.10", "\"c\":2.0", "\"unknown\":{\"q\":1}");
  }

  @Test
  @DisplayName("record-format.md: derived fields, explanations and findings are read and written")
  void derivedFields() throws IOException {
    RegistrationRecord record = mapper.readValue(resource("derived.json"), RegistrationRecord.class);
    assertThat(record.noUnitType()).contains("3");
    assertThat(record.nonEnrolmentReason()).contains("");
    assertThat(record.explanations())
        .first()
        .isEqualTo(new Explanation("noUnitType", "2", "no-unit: student by age 6-15 at 31 Aug", "age at 2026-08-31 = 9"));
    assertThat(record.findings()).containsExactly(Finding.differs("noUnitType", "3", "2"), Finding.of("HUKOU_UNKNOWN"));
    assertThat(record.handledAt()).contains("2026-11-23T10:15:00");
    assertThat(record.unknown()).containsOnlyKeys("vendorBatch");
  }

  @Test
  @DisplayName("record-format.md aac006: YYYY-MM-DD that is a real date is normalised to YYYYMMDD")
  void isoDateNormalised() throws IOException {
    RegistrationRecord record =
        mapper.readValue(
            "{\"aac006\":\"2016-09-01\",\"enrolments\":[{\"aae140\":\"390\",\"since\":\"2017-01-31\"}]}",
            RegistrationRecord.class);
    assertThat(record.birthDate()).contains("20160901");
    assertThat(record.enrolments().get(0).since()).contains("20170131");
    assertThat(mapper.writeValueAsString(record)).contains("\"aac006\":\"20160901\"", "\"since\":\"20170131\"");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2023-02-29", "2016-13-01", "2016/09/01", "2016-9-1", "16-09-01", "yesterday", "20161301", " 2016-09-01"})
  @DisplayName("record-format.md: a date that is no real ISO date is kept as given for validation")
  void invalidDateKept(String text) throws IOException {
    String json = mapper.writeValueAsString(Map.of("aac006", text));
    RegistrationRecord record = mapper.readValue(json, RegistrationRecord.class);
    assertThat(record.birthDate()).contains(text);
    assertThat(mapper.readTree(mapper.writeValueAsString(record)).get("aac006").asText()).isEqualTo(text);
  }

  @Test
  @DisplayName("a date set in code as YYYY-MM-DD is written YYYYMMDD")
  void isoDateFromCodeWrittenNational() throws IOException {
    RegistrationRecord record = RegistrationRecord.builder().birthDate("2016-09-01").build();
    assertThat(mapper.writeValueAsString(record)).isEqualTo("{\"aac006\":\"20160901\"}");
  }

  @Test
  @DisplayName("style rule 11: a JSON number where a text is expected is accepted as its text")
  void numberAsText() throws IOException {
    RegistrationRecord record =
        mapper.readValue(
            "{\"aac004\":1,\"aac001\":1.50,\"aac002\":440106201609010011,\"phone\":13800138000,"
                + "\"evidence\":[\"STUDENT_ROLL\",7],\"unit\":{\"aab019\":10}}",
            RegistrationRecord.class);
    assertThat(record.sex()).contains("1");
    assertThat(record.personId()).contains("1.50");
    assertThat(record.socialSecurityNumber()).contains(SocialSecurityNumber.of("440106201609010011"));
    assertThat(record.phone()).contains(ContactNumber.of("13800138000"));
    assertThat(record.evidence()).containsExactly("STUDENT_ROLL", "7");
    assertThat(record.unit().orElseThrow().unitType()).contains("10");
    assertThat(mapper.writeValueAsString(record))
        .contains("\"aac004\":\"1\"", "\"aac001\":\"1.50\"", "\"aac002\":\"440106201609010011\"");
  }

  @Test
  @DisplayName("style rule 11: a bad code or number is kept as given")
  void badValuesKept() throws IOException {
    String json = "{\"aac004\":\"9\",\"aac002\":\"44010620160901001\",\"phone\":\"12\",\"aab301\":\"999999\"}";
    assertRoundTrip(json);
  }

  @Test
  @DisplayName("an explicit null, an empty array and an empty object are written back as absent")
  void nullAndEmptyWrittenAsAbsent() throws IOException {
    RegistrationRecord record =
        mapper.readValue(
            "{\"aac003\":null,\"enrolments\":[],\"evidence\":[null],\"unit\":{},\"guardian\":null,\"aac004\":\"1\"}",
            RegistrationRecord.class);
    assertThat(record.name()).isEmpty();
    assertThat(record.evidence()).isEmpty();
    // An empty object is a unit with nothing set: kept, because it was given.
    assertThat(mapper.writeValueAsString(record)).isEqualTo("{\"aac004\":\"1\",\"unit\":{}}");
  }

  @Test
  @DisplayName("an empty text is kept as given, not dropped as absent")
  void emptyTextKept() throws IOException {
    assertThat(mapper.writeValueAsString(mapper.readValue("{\"aac003\":\"\"}", RegistrationRecord.class)))
        .isEqualTo("{\"aac003\":\"\"}");
  }

  @Test
  @DisplayName("record-format.md Validation output: violations with the message, severity only for warnings")
  void violationsWritten() throws IOException {
    RegistrationRecord record =
        RegistrationRecord.builder()
            .violations(
                List.of(
                    Violation.error("ID_CHECK_DIGIT", "AAC002", "aac002"),
                    Violation.warning("AREA_CODE_UNKNOWN", "AAC002", "guardian.aac002")))
            .build();
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(record));
    JsonNode first = tree.get("violations").get(0);
    assertThat(first.get("indicator").asText()).isEqualTo("AAC002");
    assertThat(first.get("field").asText()).isEqualTo("aac002");
    assertThat(first.get("code").asText()).isEqualTo("ID_CHECK_DIGIT");
    assertThat(first.get("message").asText())
        .isEqualTo(io.github.canbao.registration.model.validation.ViolationMessages.of(Locale.CHINESE)
            .format(record.violations().get(0)));
    assertThat(first.has("severity")).isFalse();
    assertThat(tree.get("violations").get(1).get("severity").asText()).isEqualTo("WARNING");

    RegistrationRecord back = mapper.readValue(mapper.writeValueAsString(record), RegistrationRecord.class);
    assertThat(back.violations())
        .extracting(Violation::code, Violation::indicator, Violation::field, Violation::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ID_CHECK_DIGIT", "AAC002", "aac002", Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple("AREA_CODE_UNKNOWN", "AAC002", "guardian.aac002", Severity.WARNING));
  }

  @Test
  @DisplayName("record-format.md: messages follow the mapper's locale, Chinese by default")
  void messagesFollowLocale() throws IOException {
    Violation violation = Violation.error("ID_CHECK_DIGIT", "AAC002", "aac002");
    RegistrationRecord record = RegistrationRecord.builder().violations(List.of(violation)).build();
    String english = RegistrationJson.mapper(Locale.ENGLISH).writeValueAsString(record);
    assertThat(mapper.readTree(english).at("/violations/0/message").asText())
        .isEqualTo(io.github.canbao.registration.model.validation.ViolationMessages.of(Locale.ENGLISH).format(violation));
    assertThat(mapper.getSerializationConfig().getLocale()).isEqualTo(Locale.CHINESE);
  }

  @Test
  @DisplayName("style rule 6: serialisation writes the whole numbers, toString masks them")
  void numbersWrittenWhole() throws IOException {
    RegistrationRecord record =
        RegistrationRecord.builder()
            .socialSecurityNumber(SocialSecurityNumber.of("440106201609010011"))
            .phone(ContactNumber.of("13800138000"))
            .build();
    assertThat(mapper.writeValueAsString(record))
        .isEqualTo("{\"aac002\":\"440106201609010011\",\"phone\":\"13800138000\"}");
    assertThat(record.toString()).doesNotContain("440106201609010011", "13800138000");
  }

  @Test
  @DisplayName("a value of the wrong shape cannot be kept and fails the record")
  void wrongShapeFails() {
    assertThatThrownBy(() -> mapper.readValue("{\"aac003\":{\"x\":1}}", RegistrationRecord.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("a text is expected, not an object");
    assertThatThrownBy(() -> mapper.readValue("{\"hukouLocal\":\"yes\"}", RegistrationRecord.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> mapper.readValue("{\"workInjury\":{\"grade\":3.5}}", RegistrationRecord.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> mapper.readValue("{\"explanations\":[{\"field\":\"x\"}]}", RegistrationRecord.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  @DisplayName("record-format.md Nothing is dropped silently: an unknown key inside a nested object fails the record")
  void nestedUnknownKeyFails() {
    assertThatThrownBy(() -> mapper.readValue("{\"unit\":{\"aab004\":\"x\",\"vendorUnitId\":1}}", RegistrationRecord.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("unknown key \"vendorUnitId\"");
  }

  @Test
  @DisplayName("booleans and whole numbers are read from text too (CSV cells)")
  void booleansAndIntegersFromText() throws IOException {
    RegistrationRecord record =
        mapper.readValue("{\"hukouLocal\":\"TRUE\",\"workInjury\":{\"grade\":\"7\",\"monthly\":\"false\"}}", RegistrationRecord.class);
    assertThat(record.hukouLocal()).contains(true);
    assertThat(record.workInjury().orElseThrow().grade()).contains(7);
    assertThat(record.workInjury().orElseThrow().monthly()).contains(false);
  }

  @Test
  @DisplayName("the mapping works in a mapper that only registered the module")
  void plainMapperWithModule() throws IOException {
    ObjectMapper plain = new ObjectMapper().registerModule(new RegistrationModule());
    String json = resource("example.json");
    RegistrationRecord record = plain.readValue(json, RegistrationRecord.class);
    assertThat(plain.readTree(plain.writeValueAsString(record))).isEqualTo(plain.readTree(json));
    RegistrationRecord withUnknown = plain.readValue("{\"x\":1.50}", RegistrationRecord.class);
    assertThat(withUnknown.unknown()).containsEntry("x", new BigDecimal("1.50"));
  }
}
