package io.github.canbao.registration.codes.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeBookTest {

  private static final String HEADER = "code,name,provenance,source\n";

  @TempDir Path temp;

  @Test
  @DisplayName("cli.md --rules codes/: merge rows, replace a table with # replace, add a new table")
  void overridesFolder() throws URISyntaxException {
    CodeBook bundled = CodeTables.bundled();
    CodeBook book = valid(bundled.withOverrides(fixture("overrides")));

    CodeTable sex = book.table(Sex.TABLE).orElseThrow();
    assertThat(sex.codes()).extracting(Code::code).containsExactly("0", "1", "2", "9", "5");
    assertThat(sex.nameOf("9")).contains("未说明");
    assertThat(sex.nameOf("5")).contains("测试, 用");
    assertThat(sex.name()).isEqualTo("性别");

    CodeTable reasons = book.table(NonEnrolmentReason.TABLE).orElseThrow();
    assertThat(reasons.codes()).extracting(Code::code).containsExactly("10", "50");
    assertThat(reasons.name()).isEqualTo("未参保原因(替换)");
    assertThat(reasons.englishName()).isEqualTo("non-enrolment reason");

    CodeTable household = book.table("householdType").orElseThrow();
    assertThat(household.name()).isEqualTo("家庭类型");
    assertThat(household.englishName()).isEqualTo("household type");
    assertThat(household.codes()).extracting(Code::code).containsExactly("1", "2");

    assertThat(book.ids()).hasSize(bundled.ids().size() + 1).endsWith("householdType")
        .startsWith("AAB019");
    assertThat(book.table("README")).isEmpty();
    assertThat(book.table("AAB019")).isEqualTo(bundled.table("AAB019"));
    assertThat(bundled.table(Sex.TABLE).orElseThrow().size()).as("bundled is unchanged")
        .isEqualTo(4);
  }

  @Test
  @DisplayName("style rule 5: malformed files give CODE_TABLE_ROW with file and line, all at once")
  void malformedFolder() throws URISyntaxException {
    Path folder = fixture("malformed");
    ParseResult<CodeBook> result = CodeTables.bundled().withOverrides(folder);

    assertThat(result.isValid()).isFalse();
    assertThat(result.errors()).extracting(Violation::code).containsOnly("CODE_TABLE_ROW");
    assertThat(result.errors()).extracting(Violation::indicator, CodeBookTest::where)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AAC004",
                List.of(folder.resolve("AAC004.csv").toString(), "2", "columns")),
            org.assertj.core.groups.Tuple.tuple("AAC012",
                List.of(folder.resolve("AAC012.csv").toString(), "3", "provenance")),
            org.assertj.core.groups.Tuple.tuple("newTable",
                List.of(folder.resolve("newTable.csv").toString(), "4", "duplicate")));
    assertThat(result.errors().get(0).arguments()).containsEntry("actual", "3");
    assertThat(result.errors().get(1).arguments()).containsEntry("value", "official");
    assertThat(result.errors().get(2).arguments())
        .containsEntry("code", "1").containsEntry("firstLine", "2");
  }

  @Test
  @DisplayName("a missing codes/ folder means no overrides")
  void missingFolder() {
    CodeBook bundled = CodeTables.bundled();
    assertThat(valid(bundled.withOverrides(temp.resolve("nothing-here")))).isSameAs(bundled);
  }

  @Test
  @DisplayName("a file passed as the folder is CODE_TABLE_FILE, not an exception")
  void fileInsteadOfFolder() throws IOException {
    Path file = Files.writeString(temp.resolve("codes"), "x");
    ParseResult<CodeBook> result = CodeTables.bundled().withOverrides(file);
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo("CODE_TABLE_FILE");
      assertThat(error.arguments()).containsEntry("file", file.toString());
    });
  }

  @Test
  @DisplayName("a file that is not UTF-8 is CODE_TABLE_FILE, not an exception")
  void notUtf8() throws IOException {
    Files.write(temp.resolve("AAC004.csv"), "code,name,provenance,source\n1,男性,seed,x\n"
        .getBytes(java.nio.charset.Charset.forName("GBK")));
    ParseResult<CodeBook> result = CodeTables.bundled().withOverrides(temp);
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo("CODE_TABLE_FILE");
      assertThat(error.arguments()).containsEntry("reason", "unreadable")
          .containsEntry("file", temp.resolve("AAC004.csv").toString());
    });
  }

  @Test
  @DisplayName("a UTF-8 byte-order mark and CRLF line ends are accepted")
  void bomAndCrlf() throws IOException {
    Files.writeString(temp.resolve("AAC004.csv"),
        "\uFEFF# replace\r\ncode,name,provenance,source\r\n1,男,seed,\"a, \"\"b\"\"\"\r\n",
        StandardCharsets.UTF_8);
    CodeTable sex = valid(CodeTables.bundled().withOverrides(temp)).table("AAC004").orElseThrow();
    assertThat(sex.codes()).containsExactly(new Code("1", "男", Provenance.SEED, "a, \"b\""));
  }

  @Test
  @DisplayName("each malformed shape has its own reason and line")
  void malformedShapes() {
    assertThat(problems("code,name,provenance\n1,男,seed\n")).containsExactly("1 header");
    assertThat(problems("")).containsExactly("- no-header");
    assertThat(problems("# only a comment\n\n")).containsExactly("- no-header");
    assertThat(problems(HEADER + "1,男,seed,x,extra\n")).containsExactly("2 columns");
    assertThat(problems(HEADER + "1,\"男,seed,x\n")).containsExactly("2 quoting");
    assertThat(problems(HEADER + "1,男\"性,seed,x\n")).containsExactly("2 quoting");
    assertThat(problems(HEADER + ",男,seed,x\n1 1,男,seed,x\n"))
        .containsExactly("2 code", "3 code");
    assertThat(problems(HEADER + "1,,seed,x\n")).containsExactly("2 name");
    assertThat(problems(HEADER + "1,男,Seed,x\n")).containsExactly("2 provenance");
    assertThat(problems("# name: x\n# replace\n" + HEADER + "1,男,seed,x\n"))
        .containsExactly("2 replace-not-first");
    assertThat(problems(HEADER + "1,男,seed\n\n2,女,bad,x\n2,女,seed,x\n2,女,seed,x\n"))
        .containsExactly("2 columns", "4 provenance", "6 duplicate");
  }

  @Test
  @DisplayName("parse: blank lines, spaces around fields and an empty source are accepted")
  void lenientWhereHarmless() {
    ParseResult<CodeTable> result = CodeTables.parse("t", "表", "table",
        new StringReader(" code , name ,provenance,source\n\n 1 , 甲 ,assigned,\n"), "t.csv");
    assertThat(result.toOptional().orElseThrow().codes())
        .containsExactly(new Code("1", "甲", Provenance.ASSIGNED, ""));
  }

  @Test
  @DisplayName("a reader that fails is CODE_TABLE_FILE, not an exception")
  void failingReader() {
    java.io.Reader broken = new java.io.Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    ParseResult<CodeTable> result = CodeTables.parse("t", "表", "table", broken, "t.csv");
    assertThat(result.errors()).extracting(Violation::code).containsExactly("CODE_TABLE_FILE");
  }

  @Test
  @DisplayName("withTable adds a table or replaces one in place; of rejects duplicate ids")
  void withTable() {
    CodeBook bundled = CodeTables.bundled();
    CodeTable empty = CodeTable.of("AAB019", "单位类型", "unit type", List.of());
    CodeBook book = bundled.withTable(empty);
    assertThat(book.ids()).containsExactlyElementsOf(bundled.ids());
    assertThat(book.contains("AAB019", "10")).isFalse();
    assertThat(bundled.contains("AAB019", "10")).isTrue();
    CodeTable extra = CodeTable.of("extra", "额外", "extra", List.of());
    assertThat(bundled.withTable(extra).ids()).endsWith("extra");
    assertThatIllegalArgumentException().isThrownBy(() -> CodeBook.of(List.of(extra, extra)));
    assertThat(CodeBook.of(List.of(extra))).isEqualTo(CodeBook.of(List.of(extra)));
  }

  private List<String> problems(String csv) {
    ParseResult<CodeTable> result =
        CodeTables.parse("t", "表", "table", new StringReader(csv), "t.csv");
    assertThat(result.isValid()).as(csv).isFalse();
    return result.errors().stream()
        .peek(error -> assertThat(error.arguments()).containsEntry("file", "t.csv"))
        .map(error -> error.arguments().getOrDefault("line", "-") + " "
            + error.arguments().get("reason"))
        .toList();
  }

  private static List<String> where(Violation violation) {
    Map<String, String> arguments = violation.arguments();
    return List.of(arguments.get("file"), arguments.get("line"), arguments.get("reason"));
  }

  private static <T> T valid(ParseResult<T> result) {
    assertThat(result.errors()).isEmpty();
    return result.toOptional().orElseThrow();
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(CodeBookTest.class.getResource("/table/" + name).toURI());
  }
}
