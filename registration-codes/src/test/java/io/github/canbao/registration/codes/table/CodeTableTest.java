package io.github.canbao.registration.codes.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CodeTableTest {

  private static final CodeTable SEX = CodeTable.of("AAC004", "性别", "sex", List.of(
      new Code("0", "未知的性别", Provenance.SEED, "GB/T 2261.1-2003"),
      new Code("1", "男性", Provenance.SEED, "GB/T 2261.1-2003"),
      new Code("2", "女性", Provenance.SEED, "GB/T 2261.1-2003"),
      new Code("9", "未说明的性别", Provenance.SEED, "GB/T 2261.1-2003")));

  @Test
  @DisplayName("style rule 5: an unknown code is an empty result, never an exception")
  void unknownCodeIsEmpty() {
    assertThat(SEX.find("7")).isEmpty();
    assertThat(SEX.nameOf("7")).isEmpty();
    assertThat(SEX.contains("7")).isFalse();
    assertThat(SEX.find("")).isEmpty();
    assertThat(SEX.find(" 1")).as("lookups are exact").isEmpty();
    assertThat(CodeTables.bundled().contains("noSuchTable", "1")).isFalse();
    assertThat(CodeTables.bundled().table("noSuchTable")).isEmpty();
  }

  @Test
  @DisplayName("find, contains and nameOf accept any CharSequence")
  void lookups() {
    assertThat(SEX.find("2")).contains(new Code("2", "女性", Provenance.SEED, "GB/T 2261.1-2003"));
    assertThat(SEX.contains(new StringBuilder("1"))).isTrue();
    assertThat(SEX.nameOf(Sex.FEMALE)).contains("女性");
    assertThat(SEX.codes()).extracting(Code::code).containsExactly("0", "1", "2", "9");
    assertThat(SEX.size()).isEqualTo(4);
    assertThat(SEX.id()).isEqualTo("AAC004");
    assertThat(SEX.name()).isEqualTo("性别");
    assertThat(SEX.englishName()).isEqualTo("sex");
    assertThat(SEX).hasToString("CodeTable[AAC004, 4 codes]");
  }

  @Test
  @DisplayName("a null code is the caller's mistake")
  void nullIsACallerMistake() {
    assertThatNullPointerException().isThrownBy(() -> SEX.find(null));
    assertThatNullPointerException().isThrownBy(() -> SEX.contains(null));
  }

  @Test
  @DisplayName("of: two values with one code are the caller's mistake")
  void ofRejectsDuplicates() {
    assertThatIllegalArgumentException().isThrownBy(() -> CodeTable.of("t", "表", "table", List.of(
            new Code("1", "甲", Provenance.ASSIGNED, "x"),
            new Code("1", "乙", Provenance.ASSIGNED, "x"))))
        .withMessageContaining("duplicate code 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Code(" 1", "甲", Provenance.SEED, "x"));
    assertThatIllegalArgumentException().isThrownBy(() -> new Code("1", " ", Provenance.SEED, "x"));
  }

  @Test
  @DisplayName("codes() is immutable")
  void codesAreImmutable() {
    assertThat(SEX.codes()).isUnmodifiable();
    assertThat(CodeTables.bundled().ids()).isUnmodifiable();
  }

  @Test
  @DisplayName("withOverrides: a known code is replaced in place, a new code is added at the end")
  void withOverridesMergesRows() {
    CodeTable overrides = CodeTable.of("AAC004", "ignored", "ignored", List.of(
        new Code("5", "新增", Provenance.ASSIGNED, "locality"),
        new Code("1", "男", Provenance.SEED, "locality")));
    CodeTable merged = SEX.withOverrides(overrides);
    assertThat(merged.codes()).extracting(Code::code).containsExactly("0", "1", "2", "9", "5");
    assertThat(merged.nameOf("1")).contains("男");
    assertThat(merged.find("1").orElseThrow().source()).isEqualTo("locality");
    assertThat(merged.name()).isEqualTo("性别");
    assertThat(merged.englishName()).isEqualTo("sex");
    assertThat(SEX.nameOf("1")).as("the original is unchanged").contains("男性");
    assertThat(SEX.withOverrides(CodeTable.of("AAC004", "", "", List.of()))).isSameAs(SEX);
  }

  @Test
  @DisplayName("withOverrides: merging another table's rows is the caller's mistake")
  void withOverridesRejectsAnotherId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SEX.withOverrides(CodeTable.of("AAC012", "", "", List.of())));
  }

  @Test
  @DisplayName("tables with the same id, names and rows are equal")
  void equality() {
    CodeTable copy = CodeTable.of("AAC004", "性别", "sex", SEX.codes());
    assertThat(copy).isEqualTo(SEX).hasSameHashCodeAs(SEX);
    assertThat(CodeTable.of("AAC004", "性别", "gender", SEX.codes())).isNotEqualTo(SEX);
  }
}
