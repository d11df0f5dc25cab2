package io.github.canbao.registration.testkit.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.canbao.registration.codes.table.Code;
import io.github.canbao.registration.codes.table.CodeTable;
import io.github.canbao.registration.codes.table.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Moved from registration-codes (issue 6: property tests live with the testkit). It draws plain
 * integers, not domain data, so QuickTheories' own generators are the right tool here.
 */
class CodeTablePropertiesTest {

  @Test
  @DisplayName("withOverrides: base order kept, new codes appended in override order,"
      + " overrides win")
  void mergeKeepsOrderAndLetsOverridesWin() {
    qt().forAll(
            lists().of(integers().between(0, 40)).ofSizeBetween(0, 20),
            lists().of(integers().between(0, 40)).ofSizeBetween(0, 20))
        .checkAssert((baseCodes, overrideCodes) -> {
          CodeTable base = table(baseCodes, "base");
          CodeTable overrides = table(overrideCodes, "override");
          CodeTable merged = base.withOverrides(overrides);

          Set<String> expectedOrder = new LinkedHashSet<>();
          base.codes().forEach(code -> expectedOrder.add(code.code()));
          overrides.codes().forEach(code -> expectedOrder.add(code.code()));
          assertThat(merged.codes()).extracting(Code::code)
              .containsExactlyElementsOf(expectedOrder);
          for (Code code : overrides.codes()) {
            assertThat(merged.find(code.code())).contains(code);
          }
          for (Code code : base.codes()) {
            if (!overrides.contains(code.code())) {
              assertThat(merged.find(code.code())).contains(code);
            }
          }
          assertThat(base.withOverrides(base)).isEqualTo(base);
        });
  }

  private static CodeTable table(List<Integer> numbers, String source) {
    List<Code> codes = new ArrayList<>();
    for (Integer number : new LinkedHashSet<>(numbers)) {
      codes.add(new Code(number.toString(), "值" + number, Provenance.ASSIGNED, source));
    }
    return CodeTable.of("t", "表", "table", codes);
  }
}
