package io.github.canbao.registration.model.io;

import static io.github.canbao.registration.model.io.CsvReaderTest.example;
import static io.github.canbao.registration.model.io.CsvReaderTest.resource;
import static io.github.canbao.registration.model.io.JsonLinesReaderTest.GB18030;
import static io.github.canbao.registration.model.io.JsonLinesReaderTest.readAll;
import static io.github.canbao.registration.model.io.JsonLinesReaderTest.recordAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.json.RegistrationJson;
import io.github.canbao.registration.model.validation.ViolationMessages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("record-format.md: writing records as JSON Lines and CSV")
class RecordWriterTest {

  private final ObjectMapper mapper = RegistrationJson.mapper();

  private static RegistrationRecord derived() throws IOException {
    return RegistrationJson.mapper()
        .readValue(resource("/json/derived.json"), RegistrationRecord.class)
        .toBuilder()
        .violations(List.of(Violation.error("ID_CHECK_DIGIT", "AAC002", "aac002"), Violation.warning("AREA_CODE_UNKNOWN", "AAC002", "aac002")))
        .build();
  }

  private static String csv(List<String> columns, RegistrationRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.csv(out, columns)) {
      for (RegistrationRecord record : records) {
        writer.write(record);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("JSON Lines: one compact object a line, ended by \\n, read back the same")
  void jsonLinesRoundTrip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.jsonLines(out)) {
      writer.write(example());
      writer.write(derived());
      assertThat(writer.written()).isEqualTo(2);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith("}\n").doesNotContain("\r", "\n\n", "} {");
    assertThat(text.split("\n")).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    List<ReadItem> items = readAll(RecordReader.jsonLines(new ByteArrayInputStream(out.toByteArray())));
    assertThat(recordAt(items, 0)).isEqualTo(example());
    assertThat(recordAt(items, 1)).isEqualTo(derived());
    assertThat(mapper.readTree(text.split("\n")[0])).isEqualTo(mapper.readTree(resource("/json/example.json")));
  }

  @Test
  @DisplayName("record-format.md Unknown keys are kept: JSON Lines carries them at every nesting level")
  void jsonLinesNestedUnknownKeys() throws IOException {
    String json = resource("/json/nested-unknown-keys.json");
    String line = mapper.writeValueAsString(mapper.readTree(json));
    List<ReadItem> items = readAll(RecordReader.jsonLines(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))));
    RegistrationRecord record = recordAt(items, 0);
    assertThat(record.unit().orElseThrow().unknown()).containsKeys("vendorUnitId", "unknown");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.jsonLines(out)) {
      writer.write(record);
    }
    assertThat(mapper.readTree(out.toString(StandardCharsets.UTF_8))).isEqualTo(mapper.readTree(json));
  }

  @Test
  @DisplayName("0005 CSV: unknown keys only at top level; nested ones have no column, a unit.x column stays a top-level key")
  void csvNestedUnknownKeys() throws IOException {
    RegistrationRecord record =
        mapper.readValue(
            "{\"aac003\":\"陈小明\",\"unit\":{\"aab004\":\"某公司\",\"vendorUnitId\":\"V-U1\"},\"unit.vendorCode\":\"C1\"}",
            RegistrationRecord.class);
    assertThat(record.unknown()).containsExactly(Map.entry("unit.vendorCode", "C1"));
    String output = csv(List.of(), record);
    String header = output.substring(0, output.indexOf('\n'));
    assertThat(header).contains(",unit.aab004,", ",unit.vendorCode,").doesNotContain("vendorUnitId");
    RegistrationRecord back =
        recordAt(readAll(RecordReader.csv(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)))), 0);
    assertThat(back.unknown()).containsExactly(Map.entry("unit.vendorCode", "C1"));
    assertThat(back.unit().orElseThrow().unitName()).contains("某公司");
    assertThat(back.unit().orElseThrow().unknown()).isEmpty();
  }

  @Test
  @DisplayName("JSON Lines: GB18030 output and violation messages in the writer's locale")
  void jsonLinesCharsetAndLocale() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.open(out, RecordFormat.JSON_LINES, GB18030, Locale.ENGLISH, List.of())) {
      writer.write(derived());
    }
    String text = new String(out.toByteArray(), GB18030);
    assertThat(text).contains("陈小明");
    assertThat(mapper.readTree(text).at("/violations/0/message").asText())
        .isEqualTo(ViolationMessages.of(Locale.ENGLISH).format(derived().violations().get(0)));
  }

  @Test
  @DisplayName("record-format.md CSV: round trip CSV -> model -> CSV keeps the input's columns and values, then the derived ones")
  void csvRoundTrip() throws IOException {
    String input = resource("/csv/vendor.csv");
    RecordReader reader = RecordReader.csv(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    List<String> header = reader.columns();
    List<RegistrationRecord> records =
        readAll(reader).stream().map(item -> ((ReadItem.Read) item).record()).toList();
    String output = csv(header, records.toArray(RegistrationRecord[]::new));

    String[] lines = output.split("\n", 2);
    assertThat(Arrays.asList(lines[0].split(",")))
        .startsWith(header.toArray(String[]::new))
        .endsWith("aae011", "aae036", "aae014", "aae015", "explanations", "findings", "violations");
    // The input's cells come back unchanged, except the ISO date the reader normalised.
    String expected = input.replace("2016-09-01", "20160901");
    String suffix = ",".repeat(lines[0].split(",").length - header.size());
    String[] expectedRows = expected.split("\n(?=V-)");
    String[] actualRows = lines[1].split("\n(?=V-)");
    assertThat(actualRows).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(actualRows[i]).isEqualTo(expectedRows[i + 1].strip() + suffix + (i == 2 ? "\n" : ""));
    }
    RecordReader again = RecordReader.csv(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)));
    assertThat(readAll(again).stream().map(item -> ((ReadItem.Read) item).record()).toList()).isEqualTo(records);
  }

  @Test
  @DisplayName("record-format.md CSV: with no columns given, the model's columns; the example and a derived record read back the same")
  void csvDefaultColumns() throws IOException {
    String output = csv(List.of(), example(), derived());
    String header = output.substring(0, output.indexOf('\n'));
    assertThat(header)
        .startsWith("aab301,aac001,aac002,aac003,")
        .contains(",unit.aab001,unit.aab004,unit.aab019,guardian.aac003,", ",aac008_110,aac008_120,", ",since_390,",
            ",elsewhere_510,", ",benefit_110,", ",benefitKind_510,", ",evidence,", ",workInjury.survivorPension.status,")
        .endsWith(",employmentState,noUnitType,nonEnrolmentReason,enrolmentCategory,aic003,akc003,alc003,ajc003,amc003,"
            + "disabilityAllowanceState,survivorPensionState,outcomeAction,uninsuredInsurances,aae011,aae036,aae014,aae015,explanations,findings,violations,vendorBatch"
                .replace(",vendorBatch", ""));
    List<ReadItem> items = readAll(RecordReader.csv(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8))));
    assertThat(recordAt(items, 0)).isEqualTo(example());
    RegistrationRecord derivedBack = recordAt(items, 1);
    // The first record fixed the header, and it had no unknown keys: vendorBatch has no column.
    // An empty text and an absent value are the same empty cell in CSV.
    assertThat(derivedBack).isEqualTo(derived().toBuilder().unknown(Map.of()).nonEnrolmentReason(null).build());
    assertThat(output)
        .contains("noUnitType=2 by rule \"\"no-unit: student by age 6-15 at 31 Aug\"\" (age at 2026-08-31 = 9)",
            "DIFFERS:noUnitType:3->2; HUKOU_UNKNOWN", "ID_CHECK_DIGIT:aac002; AREA_CODE_UNKNOWN:aac002:WARNING");
  }

  @Test
  @DisplayName("CSV: group keys from a JSON Lines reader are spread into their columns; the first record's unknown keys are kept")
  void csvFromJsonLinesColumns() throws IOException {
    RegistrationRecord record =
        RegistrationRecord.builder()
            .name("陈小明")
            .enrolments(List.of(Enrolment.of("390", "1", "20170101", "440100")))
            .unknown(Map.of("vendorId", "V-9"))
            .build();
    String output = csv(List.of("aac003", "enrolments", "vendorId"), record);
    String header = output.substring(0, output.indexOf('\n'));
    assertThat(header).startsWith("aac003,aac008_110,").contains(",since_390,", ",vendorId,employmentState,");
    RegistrationRecord back =
        recordAt(readAll(RecordReader.csv(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)))), 0);
    assertThat(back).isEqualTo(record);
    assertThat(csv(List.of(), record)).startsWith("aab301,").contains(",comparedAt,vendorId,employmentState,");
  }

  @Test
  @DisplayName("CSV: an empty run still writes the header; GB18030 output")
  void csvEmptyAndGb18030() throws IOException {
    assertThat(csv(List.of("aac003", "vendorId"))).isEqualTo(
        "aac003,vendorId,employmentState,noUnitType,nonEnrolmentReason,enrolmentCategory,aic003,akc003,alc003,ajc003,amc003,"
            + "disabilityAllowanceState,survivorPensionState,outcomeAction,uninsuredInsurances,aae011,aae036,aae014,aae015,explanations,findings,violations\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.open(out, RecordFormat.CSV, GB18030, Locale.CHINESE, List.of("aac003"))) {
      writer.write(RegistrationRecord.builder().name("陈小明").build());
      assertThat(writer.columns()).startsWith("aac003", "employmentState");
    }
    assertThat(new String(out.toByteArray(), GB18030)).contains("\n陈小明,");
    List<ReadItem> items = readAll(RecordReader.open(new ByteArrayInputStream(out.toByteArray()), RecordFormat.CSV, GB18030));
    assertThat(recordAt(items, 0).name()).contains("陈小明");
  }

  @Test
  @DisplayName("CSV: unknown values from JSON are written as text, containers as JSON")
  void csvUnknownJsonValues() throws IOException {
    RegistrationRecord record =
        mapper.readValue("{\"a\":1.50,\"b\":true,\"c\":{\"d\":[1,null]},\"e\":null,\"f\":12345678901234567890}", RegistrationRecord.class);
    String output = csv(List.of("a", "b", "c", "e", "f"), record);
    assertThat(output.split("\n")[1]).startsWith("1.50,true,\"{\"\"d\"\":[1,null]}\",,12345678901234567890,");
  }

  @Test
  @DisplayName("withEmptyViolations: a valid record ends with \"violations\":[] (an empty record too); one with violations is written as it is")
  void emptyViolations() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegistrationRecord valid = example().toBuilder().violations(List.of()).build();
    try (RecordWriter writer = RecordWriter.jsonLines(out).withEmptyViolations()) {
      writer.write(valid);
      writer.write(RegistrationRecord.builder().build());
      writer.write(derived());
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).endsWith(",\"violations\":[]}");
    assertThat(mapper.readTree(lines.get(0)).get("violations").isEmpty()).isTrue();
    assertThat(mapper.readValue(lines.get(0), RegistrationRecord.class)).isEqualTo(valid);
    assertThat(lines.get(1)).isEqualTo("{\"violations\":[]}");
    assertThat(mapper.readTree(lines.get(2)).get("violations")).hasSize(2);
  }

  @Test
  @DisplayName("issue 7: render gives the line write writes (rendered on other threads, written in order); JSON Lines only")
  void renderAhead() throws IOException {
    RegistrationRecord record = example();
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (RecordWriter w = RecordWriter.jsonLines(written).withEmptyViolations()) {
      w.write(record);
    }
    ByteArrayOutputStream rendered = new ByteArrayOutputStream();
    try (RecordWriter w = RecordWriter.jsonLines(rendered).withEmptyViolations()) {
      w.writeRendered(w.render(record));
      assertThat(w.written()).isEqualTo(1);
    }
    assertThat(rendered.toString(StandardCharsets.UTF_8)).isEqualTo(written.toString(StandardCharsets.UTF_8));
    try (RecordWriter csv = RecordWriter.open(new ByteArrayOutputStream(), RecordFormat.CSV, StandardCharsets.UTF_8, Locale.CHINESE, List.of())) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> csv.render(record)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  @DisplayName("issue 7: parseJsonLine reads one line as the reader does, and says why a line holds no record")
  void parseJsonLine() throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (RecordWriter w = RecordWriter.jsonLines(written)) {
      w.write(example());
    }
    String line = written.toString(StandardCharsets.UTF_8).strip();
    assertThat(RecordReader.parseJsonLine(3, line)).isEqualTo(new ReadItem.Read(3, example()));
    assertThat(RecordReader.parseJsonLine(4, "[1]")).isEqualTo(new ReadItem.Unreadable(4, "not a JSON object but an array"));
    assertThat(RecordReader.parseJsonLine(5, "{} {}")).isEqualTo(new ReadItem.Unreadable(5, "more than one JSON value on the line"));
    assertThat(RecordReader.parseJsonLine(6, "{\"enrolments\":5}")).isInstanceOf(ReadItem.Unreadable.class);
  }
}
