package io.github.canbao.registration.codes.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("codes.md: where every code is assigned, the seed's name is accepted in place of the code")
class AuthoritativeNamesTest {

  private final CodeBook book = CodeTables.bundled();

  @Test
  @DisplayName("Beijing 数据来源: the record-format example's \"居民医保\" and code 1 are both accepted")
  void dataSourceByName() {
    assertThat(book.table("dataSource").orElseThrow().isNameAuthoritative()).isTrue();
    assertThat(book.accepts("dataSource", "居民医保")).isTrue();
    assertThat(book.accepts("dataSource", "1")).isTrue();
    assertThat(book.accepts("dataSource", "居委会")).isFalse();
  }

  @Test
  @DisplayName("a table with seed codes accepts codes only")
  void seedTablesTakeCodesOnly() {
    assertThat(book.table("AAC004").orElseThrow().isNameAuthoritative()).isFalse();
    assertThat(book.accepts("AAC004", "1")).isTrue();
    assertThat(book.accepts("AAC004", "男性")).isFalse();
    assertThat(book.accepts("noSuchTable", "1")).isFalse();
  }
}
