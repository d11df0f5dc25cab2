package io.github.canbao.registration.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.model.RegistrationRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("cli.md Records in, records out: reading JSON Lines")
class JsonLinesReaderTest {

  static final Charset GB18030 = Charset.forName("GB18030");

  static List<ReadItem> readAll(RecordReader reader) throws IOException {
    try (reader) {
      List<ReadItem> items = new ArrayList<>();
      reader.forEach(items::add);
      return items;
    }
  }

  static List<ReadItem> jsonLines(String text) throws IOException {
    return readAll(RecordReader.jsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  static RegistrationRecord recordAt(List<ReadItem> items, int index) {
    return ((ReadItem.Read) items.get(index)).record();
  }

  @Test
  @DisplayName("cli.md: blank lines are skipped but counted; lines that are not a JSON object are unreadable and the run goes on")
  void lineNumbersAndUnreadableLines() throws IOException {
    String input =
        String.join(
            "\n",
            "{\"aac003\":\"甲\"}",
            "",
            "[1,2]",
            "42",
            "null",
            "{\"aac003\": broken",
            "\"just a string\"",
            "   ",
            "{\"a\":1} {\"b\":2}",
            "true",
            "{\"aac003\":\"乙\"}\r",
            "{\"aac003\":\"丙\"}");
    List<ReadItem> items = jsonLines(input);
    assertThat(items).extracting(ReadItem::line).containsExactly(1L, 3L, 4L, 5L, 6L, 7L, 9L, 10L, 11L, 12L);
    assertThat(items.get(0)).isInstanceOf(ReadItem.Read.class);
    assertThat(recordAt(items, 0).name()).contains("甲");
    assertThat(items.subList(1, 8)).allSatisfy(item -> assertThat(item).isInstanceOf(ReadItem.Unreadable.class));
    assertThat(reasons(items))
        .containsExactly(
            "not a JSON object but an array",
            "not a JSON object but a number",
            "not a JSON object but null",
            reasons(items).get(3),
            "not a JSON object but a string",
            "more than one JSON value on the line",
            "not a JSON object but a boolean");
    assertThat(reasons(items).get(3)).startsWith("broken JSON: ");
    assertThat(recordAt(items, 8).name()).contains("乙");
    assertThat(recordAt(items, 9).name()).contains("丙");
  }

  private static List<String> reasons(List<ReadItem> items) {
    return items.stream()
        .filter(ReadItem.Unreadable.class::isInstance)
        .map(item -> ((ReadItem.Unreadable) item).reason())
        .toList();
  }

  @Test
  @DisplayName("record-format.md Unknown keys are kept: a line with unknown keys inside nested objects is read")
  void nestedUnknownKeysRead() throws IOException {
    List<ReadItem> items =
        jsonLines("{\"aac003\":\"甲\",\"unit\":{\"aab004\":\"x\",\"vendorUnitId\":1},\"enrolments\":[{\"aae140\":\"390\",\"aae001\":2026}]}");
    RegistrationRecord record = recordAt(items, 0);
    assertThat(record.unit().orElseThrow().unknown()).containsExactly(java.util.Map.entry("vendorUnitId", 1L));
    assertThat(record.enrolments().get(0).unknown()).containsExactly(java.util.Map.entry("aae001", 2026L));
    assertThat(record.unknown()).isEmpty();
  }

  @Test
  @DisplayName("style rule 6: a reason never shows a whole identity or phone number from the line")
  void reasonsAreMasked() throws IOException {
    String id = "440106201609010011";
    String phone = "13800138000";
    List<ReadItem> items =
        jsonLines(
            String.join(
                "\n",
                "{\"aac002\":x" + id + "}",
                "{\"aac002\":\"" + id + "\",\"phone\":" + phone + "abc}",
                "{\"aac002\":\"" + id + "\" \"aac003\":\"x\"}",
                "{\"aac002\":\"" + id + "\",\"explanations\":[{\"field\":\"f\",\"value\":\"v\",\"rule\":\"r\","
                    + "\"because\":\"b\",\"v" + id + "\":1}]}",
                "{\"phone\":\"" + phone + "\",\"workInjury\":{\"grade\":" + id + "}}",
                id,
                "{\"" + phone + "\":{}",
                "{\"aac002\":\"44010620160901001X\",\"unit\":[x44010620160901001X]}"));
    assertThat(items).hasSize(8).allSatisfy(item -> {
      assertThat(item).isInstanceOf(ReadItem.Unreadable.class);
      String reason = ((ReadItem.Unreadable) item).reason();
      assertThat(reason).doesNotContain(id, phone, "44010620160901001X", "4401062016090100").isNotBlank();
    });
    assertThat(((ReadItem.Unreadable) items.get(0)).reason()).contains("440106********0011");
    assertThat(((ReadItem.Unreadable) items.get(3)).reason()).startsWith("explanations[0]: unknown key");
  }

  @Test
  @DisplayName("record-format.md: a value of the wrong shape costs the line, with the path in the reason")
  void mappingProblemsNameThePath() throws IOException {
    List<ReadItem> items =
        jsonLines(
            String.join(
                "\n",
                "{\"enrolments\":[{\"aae140\":\"390\",\"since\":{}}]}",
                "{\"hukouLocal\":\"yes\"}",
                "{\"explanations\":[{\"field\":\"noUnitType\",\"value\":\"2\",\"rule\":\"r\"}]}",
                "{\"aac003\":\"ok\"}"));
    assertThat(reasons(items))
        .containsExactly(
            "enrolments[0].since: a text is expected, not an object",
            "hukouLocal: true or false is expected, not this text",
            "explanations[0]: \"because\" is missing");
    assertThat(items.get(3)).isInstanceOf(ReadItem.Read.class);
  }

  @Test
  @DisplayName("record-format.md CSV/charsets: a UTF-8 byte order mark is skipped")
  void byteOrderMark() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(bom);
    bytes.write("{\"aac003\":\"陈小明\"}\n{\"aac003\":\"王芳\"}\n".getBytes(StandardCharsets.UTF_8));
    List<ReadItem> items = readAll(RecordReader.jsonLines(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(items).hasSize(2).allSatisfy(item -> assertThat(item).isInstanceOf(ReadItem.Read.class));
    assertThat(recordAt(items, 0).name()).contains("陈小明");
  }

  @Test
  @DisplayName("record-format.md: GB18030 input is read with the GB18030 option")
  void gb18030() throws IOException {
    byte[] bytes = "{\"aac003\":\"陈小明\",\"aac010\":\"广东省广州市天河区\"}\n".getBytes(GB18030);
    List<ReadItem> items = readAll(RecordReader.open(new ByteArrayInputStream(bytes), RecordFormat.JSON_LINES, GB18030));
    assertThat(recordAt(items, 0).name()).contains("陈小明");
    assertThat(recordAt(items, 0).hukouPlace()).contains("广东省广州市天河区");
  }

  @Test
  @DisplayName("a line that is not valid in the charset is unreadable with its number; the next line is read")
  void wrongCharsetLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"aac003\":\"甲\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.write("{\"aac003\":\"陈小明\"}\n".getBytes(GB18030));
    bytes.write("{\"aac003\":\"乙\"}\n".getBytes(StandardCharsets.UTF_8));
    List<ReadItem> items = readAll(RecordReader.jsonLines(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(items).extracting(ReadItem::line).containsExactly(1L, 2L, 3L);
    assertThat(items.get(1)).isInstanceOf(ReadItem.Unreadable.class);
    assertThat(((ReadItem.Unreadable) items.get(1)).reason()).contains("not valid UTF-8");
    assertThat(recordAt(items, 2).name()).contains("乙");
  }

  @Test
  @DisplayName("the keys seen are given for a CSV writer: known keys, then unknown ones as first seen")
  void columnsSeen() throws IOException {
    RecordReader reader =
        RecordReader.jsonLines(
            new ByteArrayInputStream(
                "{\"vendorB\":1,\"aac003\":\"甲\"}\n{\"aac002\":\"x\",\"vendorA\":2,\"unit\":{\"aab004\":\"u\"}}\n"
                    .getBytes(StandardCharsets.UTF_8)));
    assertThat(reader.columns()).isEmpty();
    readAll(reader);
    assertThat(reader.columns()).containsExactly("aac003", "vendorB", "aac002", "unit", "vendorA");
  }

  @Test
  @DisplayName("a reader is iterated once; UTF-16 is refused as a caller's mistake")
  void misuse() {
    RecordReader reader = RecordReader.jsonLines(new ByteArrayInputStream(new byte[0]));
    reader.iterator();
    assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RecordReader.open(new ByteArrayInputStream(new byte[0]), RecordFormat.JSON_LINES, StandardCharsets.UTF_16))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("cli.md: a 200,000-line stream is read line by line, without holding the file")
  void streaming() throws IOException {
    int count = 200_000;
    InputStream generated = new GeneratedLines(count);
    long read = 0;
    long unreadable = 0;
    long lastLine = 0;
    try (RecordReader reader = RecordReader.jsonLines(generated)) {
      for (ReadItem item : reader) {
        if (item instanceof ReadItem.Read) {
          read++;
        } else {
          unreadable++;
        }
        lastLine = item.line();
      }
    }
    assertThat(read).isEqualTo(count - count / 1000);
    assertThat(unreadable).isEqualTo(count / 1000);
    assertThat(lastLine).isEqualTo(count);
  }

  /** Produces JSON lines on the fly, one at a time; every 1000th line is broken. */
  private static final class GeneratedLines extends InputStream {
    private final int count;
    private int next = 1;
    private byte[] line = new byte[0];
    private int position;

    GeneratedLines(int count) {
      this.count = count;
    }

    @Override
    public int read() {
      if (position >= line.length && !advance()) {
        return -1;
      }
      return line[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (position >= line.length && !advance()) {
        return -1;
      }
      int n = Math.min(len, line.length - position);
      System.arraycopy(line, position, b, off, n);
      position += n;
      return n;
    }

    private boolean advance() {
      if (next > count) {
        return false;
      }
      String text =
          next % 1000 == 0
              ? "{\"aac003\": broken\n"
              : "{\"aac001\":\"P" + next + "\",\"aac003\":\"陈小明\",\"aac006\":\"2016-09-01\","
                  + "\"enrolments\":[{\"aae140\":\"390\",\"aac008\":\"1\"}],\"vendorSeq\":" + next + "}\n";
      line = text.getBytes(StandardCharsets.UTF_8);
      position = 0;
      next++;
      return true;
    }
  }
}
