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
import io.github.canbao.registration.model.WorkInjury;
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
  @ValueSource(strings = {"example.json", "unknown-keys.json", "nested-unknown-keys.json", "derived.json"})
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

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"unit\":{\"aab004\":\"x\",\"vendorUnitId\":1}}",
        "{\"unit\":{\"vendorUnitId\":\"only an unknown key\"}}",
        "{\"unit\":{\"aac003\":\"a top-level key is unknown in a unit\",\"unknown\":[1]}}",
        "{\"guardian\":{\"aac003\":\"陈大文\",\"vendorRelation\":\"母亲\",\"vendorNothing\":null}}",
        "{\"enrolments\":[{\"aae140\":\"390\",\"aae001\":2026},{\"aae140\":\"110\",\"vendorAmount\":1.50}]}",
        "{\"benefits\":[{\"aae140\":\"110\",\"status\":\"1\",\"vendorBenefit\":{\"a\":[true,null]}}]}",
        "{\"workInjury\":{\"grade\":3,\"vendorCase\":\"C-1\"}}",
        "{\"workInjury\":{\"survivorPension\":{\"status\":\"1\",\"vendorDependants\":2}}}"
      })
  @DisplayName("record-format.md Unknown keys are kept: an unknown key at each nesting level round-trips")
  void nestedUnknownKeyRoundTrips(String json) throws IOException {
    assertRoundTrip(json);
  }

  @Test
  @DisplayName("record-format.md Unknown keys are kept: inside nested objects too, in input order, as JDK values")
  void nestedUnknownKeysKept() throws IOException {
    RegistrationRecord record = mapper.readValue(resource("nested-unknown-keys.json"), RegistrationRecord.class);
    assertThat(record.unknown()).containsExactly(Map.entry("vendorBatch", "B-7"));
    Unit unit = record.unit().orElseThrow();
    assertThat(unit.unitNumber()).contains("U0001");
    assertThat(unit.unitName()).contains("广州某某有限公司");
    assertThat(unit.unknown()).containsExactly(Map.entry("vendorUnitId", "V-U1"), Map.entry("unknown", Map.of("q", 1L)));
    assertThat(record.guardian().orElseThrow().name()).contains("陈大文");
    assertThat(record.guardian().orElseThrow().unknown().keySet()).containsExactly("vendorRelation", "vendorNothing");
    assertThat(record.guardian().orElseThrow().unknown()).containsEntry("vendorNothing", null);
    Enrolment first = record.enrolments().get(0);
    assertThat(first.status()).contains("1");
    assertThat(first.unknown())
        .containsExactly(Map.entry("aae001", 2026L), Map.entry("vendorAmount", new BigDecimal("1.50")));
    assertThat(record.enrolments().get(1).unknown())
        .containsExactly(Map.entry("vendorFlags", List.of(true, "x", new BigDecimal("0.10"))));
    assertThat(record.benefits().get(0).unknown())
        .containsExactly(Map.entry("vendorBenefitId", new BigInteger("123456789012345678901234567890")));
    WorkInjury injury = record.workInjury().orElseThrow();
    assertThat(injury.grade()).contains(3);
    assertThat(injury.unknown()).containsOnlyKeys("vendorCase");
    assertThat(injury.survivorPension().orElseThrow().unknown()).containsExactly(Map.entry("vendorDependants", 2L));
    assertThat(injury.survivorPension().orElseThrow().status()).contains("1");

    // Written back after the object's indicator keys, in input order, with the values unchanged.
    assertThat(mapper.writeValueAsString(record))
        .contains(
            "\"unit\":{\"aab001\":\"U0001\",\"aab004\":\"广州某某有限公司\",\"vendorUnitId\":\"V-U1\",\"unknown\":{\"q\":1}}",
            "{\"aae140\":\"390\",\"aac008\":\"1\",\"since\":\"20170101\",\"aae001\":2026,\"vendorAmount\":1.50}",
            "\"vendorFlags\":[true,\"x\",0.10]",
            "\"vendorNothing\":null");
  }

  @Test
  @DisplayName("a nested record built in code has no unknown keys; its factories and copies keep them")
  void nestedRecordsInCode() {
    Enrolment enrolment = Enrolment.of("390", "1", "20170101", "440100");
    assertThat(enrolment.unknown()).isEmpty();
    Map<String, Object> vendor = new java.util.LinkedHashMap<>();
    vendor.put("b", 1L);
    vendor.put("a", null);
    Enrolment withVendor =
        new Enrolment(
            enrolment.insuranceType(), enrolment.status(), enrolment.since(), enrolment.place(), enrolment.elsewhere(),
            vendor);
    vendor.clear();
    assertThat(withVendor.unknown().keySet()).containsExactly("b", "a");
    assertThat(withVendor.withElsewhere(io.github.canbao.registration.model.Elsewhere.IN_PROVINCE).unknown())
        .isEqualTo(withVendor.unknown());
    assertThatThrownBy(() -> withVendor.unknown().put("c", 1L)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new Unit(null, null, null, null).unknown()).isEmpty();
  }

  @Test
  @DisplayName("record-format.md Nothing is dropped silently: an unknown key in an explanation fails the record")
  void unknownKeyInExplanationFails() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"explanations\":[{\"vendorX\":1,\"field\":\"a\",\"value\":\"b\",\"rule\":\"r\",\"because\":\"c\"}]}",
                    RegistrationRecord.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("unknown key \"vendorX\"");
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
