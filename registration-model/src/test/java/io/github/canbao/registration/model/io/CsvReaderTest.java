package io.github.canbao.registration.model.io;

import static io.github.canbao.registration.model.io.JsonLinesReaderTest.GB18030;
import static io.github.canbao.registration.model.io.JsonLinesReaderTest.readAll;
import static io.github.canbao.registration.model.io.JsonLinesReaderTest.recordAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.json.RegistrationJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("record-format.md CSV: reading flattened records")
class CsvReaderTest {

  static String resource(String path) throws IOException {
    try (InputStream in = CsvReaderTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<ReadItem> csv(String text) throws IOException {
    return readAll(RecordReader.csv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  static RegistrationRecord example() throws IOException {
    return RegistrationJson.mapper().readValue(resource("/json/example.json"), RegistrationRecord.class);
  }

  @Test
  @DisplayName("record-format.md: the flattened example reads as the JSON example")
  void exampleFlattened() throws IOException {
    List<ReadItem> items = csv(resource("/csv/example.csv"));
    assertThat(items).singleElement().isInstanceOf(ReadItem.Read.class);
    assertThat(items.get(0).line()).isEqualTo(2);
    assertThat(recordAt(items, 0)).isEqualTo(example());
  }

  @Test
  @DisplayName("record-format.md: GB18030 CSV input is read with the GB18030 option")
  void gb18030() throws IOException {
    byte[] bytes = resource("/csv/example.csv").getBytes(GB18030);
    List<ReadItem> items = readAll(RecordReader.open(new ByteArrayInputStream(bytes), RecordFormat.CSV, GB18030));
    assertThat(recordAt(items, 0)).isEqualTo(example());
    List<ReadItem> asUtf8 = readAll(RecordReader.csv(new ByteArrayInputStream(bytes)));
    assertThat(asUtf8).singleElement().isInstanceOf(ReadItem.Unreadable.class);
    assertThat(((ReadItem.Unreadable) asUtf8.get(0)).reason()).contains("not valid UTF-8");
  }

  @Test
  @DisplayName("record-format.md: a UTF-8 byte order mark before the header is skipped")
  void byteOrderMark() throws IOException {
    List<ReadItem> items = csv("\uFEFFaac003,aac004\n陈小明,1\n");
    assertThat(recordAt(items, 0).name()).contains("陈小明");
    assertThat(recordAt(items, 0).unknown()).isEmpty();
  }

  @Test
  @DisplayName("record-format.md: unknown columns kept as text, enrolments per type, evidence split, quoted cells")
  void vendorColumns() throws IOException {
    List<ReadItem> items = csv(resource("/csv/vendor.csv"));
    assertThat(items).extracting(ReadItem::line).containsExactly(2L, 3L, 5L);
    RegistrationRecord first = recordAt(items, 0);
    assertThat(first.birthDate()).contains("20160901");
    assertThat(first.unknown())
        .containsExactly(
            Map.entry("vendorId", "V-001"), Map.entry("vendorNote", "含逗号, 和 \"引号\""), Map.entry("batch", "7"));
    assertThat(first.enrolments()).containsExactly(new Enrolment(
        java.util.Optional.of("110"), java.util.Optional.of("1"), java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), Map.of()));
    assertThat(first.evidence()).containsExactly("STUDENT_ROLL", "RESIDENT_MEDICAL_STUDENT");
    assertThat(first.hukouLocal()).contains(true);
    RegistrationRecord second = recordAt(items, 1);
    assertThat(second.unknown()).containsEntry("vendorNote", "两行\n备注");
    assertThat(second.enrolments())
        .containsExactly(Enrolment.of("310", "3", "20200101", null).withElsewhere(io.github.canbao.registration.model.Elsewhere.OUT_OF_PROVINCE));
    assertThat(second.hukouLocal()).contains(false);
    RegistrationRecord empty = recordAt(items, 2);
    assertThat(empty).isEqualTo(RegistrationRecord.builder().unknown(Map.of("vendorId", "V-003")).build());
  }

  @Test
  @DisplayName("cli.md: a bad row is reported with its line number and the run goes on")
  void badRows() throws IOException {
    List<ReadItem> items = csv(resource("/csv/bad-rows.csv"));
    assertThat(items).extracting(ReadItem::line).containsExactly(2L, 4L, 5L, 6L, 7L, 9L, 10L, 11L);
    assertThat(items)
        .extracting(item -> item.getClass().getSimpleName())
        .containsExactly("Read", "Unreadable", "Unreadable", "Unreadable", "Read", "Unreadable", "Unreadable", "Read");
    assertThat(((ReadItem.Unreadable) items.get(1)).reason()).isEqualTo("hukouLocal: true or false is expected, not this text");
    assertThat(((ReadItem.Unreadable) items.get(2)).reason()).isEqualTo("workInjury.grade: a whole number is expected, not this text");
    assertThat(((ReadItem.Unreadable) items.get(3)).reason()).isEqualTo("3 cells where the header has 4");
    assertThat(((ReadItem.Unreadable) items.get(5)).reason()).startsWith("broken CSV: ");
    assertThat(((ReadItem.Unreadable) items.get(6)).reason()).isEqualTo("5 cells where the header has 4");
    assertThat(recordAt(items, 4).unknown()).containsEntry("vendorNote", "a quoted\ncell over two lines");
    assertThat(recordAt(items, 7).workInjury().orElseThrow().grade()).contains(10);
  }

  @Test
  @DisplayName("a quote that never closes is reported at the line where its row starts")
  void unclosedQuote() throws IOException {
    List<ReadItem> items = csv("aac003,vendorNote\n甲,ok\n乙,\"never closed\n丙,x\n");
    assertThat(items).extracting(ReadItem::line).containsExactly(2L, 3L);
    assertThat(((ReadItem.Unreadable) items.get(1)).reason()).contains("not closed");
  }

  @Test
  @DisplayName("the header is given for a writer; a repeated or group column is reported and ignored")
  void header() throws IOException {
    RecordReader reader =
        RecordReader.csv(new ByteArrayInputStream("aac003,unit,aac003\n甲,x,乙\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(reader.columns()).containsExactly("aac003", "unit", "aac003");
    List<ReadItem> items = readAll(reader);
    assertThat(items).extracting(ReadItem::line).containsExactly(1L, 1L, 2L);
    assertThat(recordAt(items, 2).name()).contains("甲");
    assertThat(recordAt(items, 2).unit()).isEmpty();
  }

  @Test
  @DisplayName("derived columns read back: explanations, findings and violations as rendered")
  void renderedColumns() throws IOException {
    String text =
        "noUnitType,explanations,findings,violations\n"
            + "2,\"noUnitType=2 by rule \"\"no-unit: student by age 6-15 at 31 Aug\"\" (age at 2026-08-31 = 9; hukou local)\","
            + "DIFFERS:noUnitType:3->2; HUKOU_UNKNOWN,ID_CHECK_DIGIT:aac002; AREA_CODE_UNKNOWN:guardian.aac002:WARNING\n"
            + "2,not an explanation,,\n";
    List<ReadItem> items = csv(text);
    RegistrationRecord record = recordAt(items, 0);
    assertThat(record.explanations()).singleElement().satisfies(e -> {
      assertThat(e.rule()).isEqualTo("no-unit: student by age 6-15 at 31 Aug");
      assertThat(e.because()).isEqualTo("age at 2026-08-31 = 9; hukou local");
    });
    assertThat(record.findings())
        .containsExactly(
            io.github.canbao.registration.model.Finding.differs("noUnitType", "3", "2"),
            io.github.canbao.registration.model.Finding.of("HUKOU_UNKNOWN"));
    assertThat(record.violations())
        .containsExactly(
            io.github.canbao.registration.codes.Violation.error("ID_CHECK_DIGIT", "AAC002", "aac002"),
            io.github.canbao.registration.codes.Violation.warning("AREA_CODE_UNKNOWN", "AAC002", "guardian.aac002"));
    assertThat(((ReadItem.Unreadable) items.get(1)).reason()).startsWith("explanations: item 1 is not in the form");
  }
}
