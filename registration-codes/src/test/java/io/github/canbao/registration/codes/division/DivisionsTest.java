package io.github.canbao.registration.codes.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DivisionsTest {

  private final Divisions divisions = Divisions.bundled();

  record Vector(String code, boolean known, boolean current, boolean validIn2005,
      boolean validIn2024, Optional<String> province, Optional<String> prefecture,
      Optional<String> county, String note) {

    @Override
    public String toString() {
      return code + " " + note;
    }
  }

  static Stream<Vector> knownAnswers() throws IOException {
    List<Vector> vectors = new ArrayList<>();
    try (InputStream in = DivisionsTest.class.getResourceAsStream("/division/known-answers.csv");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        vectors.add(new Vector(f[0], Boolean.parseBoolean(f[1]), Boolean.parseBoolean(f[2]),
            Boolean.parseBoolean(f[3]), Boolean.parseBoolean(f[4]), name(f[5]), name(f[6]),
            name(f[7]), f[8]));
      }
    }
    return vectors.stream();
  }

  private static Optional<String> name(String field) {
    return field.equals("-") ? Optional.empty() : Optional.of(field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knownAnswers")
  @DisplayName("identity.md Division data: known answers from src/test/resources/division")
  void knownAnswers(Vector v) {
    assertThat(divisions.isKnown(v.code())).as("isKnown").isEqualTo(v.known());
    assertThat(divisions.find(v.code()).isPresent()).as("find").isEqualTo(v.known());
    assertThat(divisions.find(v.code()).map(Division::isCurrent).orElse(false))
        .as("isCurrent").isEqualTo(v.current());
    assertThat(divisions.isValidIn(v.code(), 2005)).as("valid in 2005").isEqualTo(v.validIn2005());
    assertThat(divisions.isValidIn(v.code(), 2024)).as("valid in 2024").isEqualTo(v.validIn2024());
    if (v.known()) {
      assertThat(divisions.path(v.code()))
          .contains(new DivisionPath(v.province(), v.prefecture(), v.county()));
    } else {
      assertThat(divisions.path(v.code())).isEmpty();
    }
  }

  @Test
  @DisplayName("110105 北京市朝阳区 is a current county under 110100 市辖区")
  void chaoyang() {
    Division chaoyang = divisions.find("110105").orElseThrow();
    assertThat(chaoyang.name()).isEqualTo("朝阳区");
    assertThat(chaoyang.level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(chaoyang.parentCode()).contains("110100");
    assertThat(chaoyang.isCurrent()).isTrue();
    assertThat(divisions.path("110105").orElseThrow().names())
        .containsExactly("北京市", "市辖区", "朝阳区");
  }

  @Test
  @DisplayName("110103 北京市崇文区, abolished in 2010, is known ever but not current")
  void chongwen() {
    Division chongwen = divisions.find("110103").orElseThrow();
    assertThat(chongwen.names()).containsExactly(DivisionName.between("崇文区", 2002, 2009));
    assertThat(chongwen.isValidIn(2005)).isTrue();
    assertThat(chongwen.isValidIn(2010)).isFalse();
    assertThat(chongwen.isCurrent()).isFalse();
    assertThat(divisions.isKnown("110103")).isTrue();
  }

  @Test
  @DisplayName("420600 keeps its history: 襄樊市 until 2010, 襄阳市 since 2011")
  void renamedKeepsHistory() {
    Division xiangyang = divisions.find("420600").orElseThrow();
    assertThat(xiangyang.names()).containsExactly(
        DivisionName.between("襄樊市", 2002, 2010), DivisionName.current("襄阳市", 2011));
    assertThat(xiangyang.name()).isEqualTo("襄阳市");
    assertThat(xiangyang.nameIn(2005)).contains("襄樊市");
    assertThat(xiangyang.nameIn(2030)).contains("襄阳市");
    assertThat(xiangyang.nameIn(1999)).isEmpty();
    assertThat(xiangyang.level()).isEqualTo(DivisionLevel.PREFECTURE);
    assertThat(xiangyang.parentCode()).contains("420000");
  }

  @Test
  @DisplayName("a year before the 2002 revision is outside the data")
  void beforeTheData() {
    assertThat(divisions.isValidIn("110105", 2001)).isFalse();
    assertThat(divisions.isValidIn("110105", 2002)).isTrue();
  }

  @Test
  @DisplayName("isKnown(text, start) reads the six characters at the offset of an identity number")
  void knownAtOffset() {
    String identity = "440106201609010011";
    assertThat(divisions.isKnown(identity, 0)).isTrue();
    assertThat(divisions.isKnown("x" + identity, 1)).isTrue();
    assertThat(divisions.isKnown("x" + identity, 0)).isFalse();
    assertThat(divisions.isKnown("999999201609010011", 0)).isFalse();
    assertThat(divisions.isKnown(new StringBuilder("ID:110103"), 3)).isTrue();
    assertThat(divisions.isKnown("11010", 0)).isFalse();
    assertThat(divisions.isKnown("440106", 1)).isFalse();
    assertThat(divisions.isKnown("440106", 6)).isFalse();
    assertThat(divisions.isKnown("44O106", 0)).isFalse();
    assertThatThrownBy(() -> divisions.isKnown("440106", -1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> divisions.isKnown("440106", 7))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  @DisplayName("isKnown(int) looks a code up by its numeric value")
  void knownByNumber() {
    assertThat(divisions.isKnown(110105)).isTrue();
    assertThat(divisions.isKnown(110199)).isFalse();
    assertThat(divisions.isKnown(-1)).isFalse();
    assertThat(divisions.isKnown(1_100_000)).isFalse();
  }

  @Test
  @DisplayName("isKnown(text, start) allocates nothing (hot path of identity validation)")
  void knownAtOffsetDoesNotAllocate() {
    assumeTrue(ManagementFactory.getThreadMXBean()
        instanceof com.sun.management.ThreadMXBean bean && bean.isThreadAllocatedMemorySupported());
    var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    String[] numbers = {"440106201609010011", "110103198001010012", "999999200001010013"};
    long thread = Thread.currentThread().getId();
    int found = 0;
    for (int i = 0; i < 20_000; i++) {
      found += divisions.isKnown(numbers[i % 3], 0) ? 1 : 0;
    }
    long before = bean.getThreadAllocatedBytes(thread);
    for (int i = 0; i < 300_000; i++) {
      found += divisions.isKnown(numbers[i % 3], 0) ? 1 : 0;
    }
    long allocated = bean.getThreadAllocatedBytes(thread) - before;
    assertThat(found).isEqualTo(13_334 + 200_000);
    // A few hundred bytes are the measurement itself; one allocation per call would be megabytes.
    assertThat(allocated).isLessThan(10_000);
  }

  @Test
  @DisplayName("the bundled set is loaded once and ordered by code")
  void bundledIsSharedAndOrdered() {
    assertThat(Divisions.bundled()).isSameAs(divisions);
    assertThat(divisions.size()).isEqualTo(divisions.list().size()).isGreaterThan(4000);
    assertThat(divisions.stream().map(Division::code)).isSorted().doesNotHaveDuplicates();
    assertThat(divisions.list()).allSatisfy(d -> assertThat(divisions.isKnown(d.code())).isTrue());
    assertThatThrownBy(() -> divisions.list().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("copyOf builds a set from other data and rejects duplicate codes")
  void copyOf() {
    Division province = new Division(
        "440000", List.of(DivisionName.current("广东省", 2002)), Optional.empty());
    Division county = new Division(
        "440199", List.of(DivisionName.current("测试区", 2020)), Optional.of("440000"));
    Divisions custom = Divisions.copyOf(List.of(county, province));
    assertThat(custom.list()).containsExactly(province, county);
    assertThat(custom.path("440199"))
        .contains(new DivisionPath(Optional.of("广东省"), Optional.empty(), Optional.of("测试区")));
    assertThat(custom.isValidIn("440199", 2019)).isFalse();
    assertThatThrownBy(() -> Divisions.copyOf(List.of(province, province)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Division and DivisionName reject malformed parts (caller mistakes)")
  void recordInvariants() {
    assertThatThrownBy(() -> new Division("44010", List.of(DivisionName.current("x", 2002)),
        Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Division("440106", List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Division("440106", List.of(DivisionName.current("x", 2002)),
        Optional.of("440106"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DivisionName.between("x", 2010, 2009))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DivisionName(" ", 2010, OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
