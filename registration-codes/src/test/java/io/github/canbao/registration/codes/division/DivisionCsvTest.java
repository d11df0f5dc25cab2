package io.github.canbao.registration.codes.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCsvTest {

  private static DivisionCsv bundledResource() throws IOException {
    try (InputStream in = Divisions.class.getResourceAsStream("divisions.csv")) {
      assertThat(in).as("divisions.csv next to Divisions").isNotNull();
      return DivisionCsv.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }
  }

  private static DivisionCsv read(String text) throws IOException {
    return DivisionCsv.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  @DisplayName("style rule 8: every row of the bundled divisions.csv is well-formed")
  void bundledResourceIsWellFormed() throws IOException {
    DivisionCsv csv = bundledResource();
    assertThat(csv.problems()).isEmpty();
    assertThat(csv.divisions()).hasSizeGreaterThan(4000);
    assertThat(Divisions.bundled().size()).isEqualTo(csv.divisions().size());
  }

  @Test
  @DisplayName("identity.md Division data: revisions 2002-2016 and the current list are all there")
  void bundledResourceCoversTheSources() throws IOException {
    List<Division> divisions = bundledResource().divisions();
    assertThat(divisions).anySatisfy(d -> assertThat(d.names().get(0).validFrom()).isEqualTo(2002));
    assertThat(divisions).anySatisfy(d -> assertThat(d.names().get(0).validFrom()).isEqualTo(2016));
    assertThat(divisions).anySatisfy(d -> assertThat(d.names().get(0).validFrom()).isEqualTo(2022));
    assertThat(divisions).filteredOn(Division::isCurrent).hasSizeGreaterThan(3000);
    assertThat(divisions).filteredOn(d -> d.level() == DivisionLevel.PROVINCE).hasSize(34);
    // Every current county has a current parent: the lookup of a path never skips a level
    // that still exists.
    assertThat(divisions).filteredOn(Division::isCurrent).allSatisfy(d -> d.parentCode()
        .ifPresent(parent -> assertThat(Divisions.bundled().find(parent))
            .hasValueSatisfying(p -> assertThat(p.isCurrent()).as(d.code()).isTrue())));
  }

  @Test
  @DisplayName("a well-formed file groups the rows of one code into its history")
  void groupsRows() throws IOException {
    DivisionCsv csv = read("""
        code,name,validFrom,validTo,parent
        420000,湖北省,2002,,
        420600,襄樊市,2002,2010,420000
        420600,襄阳市,2011,,420000
        """);
    assertThat(csv.problems()).isEmpty();
    assertThat(csv.divisions()).hasSize(2);
    assertThat(csv.divisions().get(1).names()).containsExactly(
        DivisionName.between("襄樊市", 2002, 2010), DivisionName.current("襄阳市", 2011));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "420602,襄城区,2002,,420600,extra",     // six fields
      "420602,襄城区,2002,",                   // four fields
      "42060,襄城区,2002,,420600",             // five-digit code
      "４20602,襄城区,2002,,420600",           // full-width digit
      "420602,,2002,,420600",                 // empty name
      "420602, 襄城区,2002,,420600",           // padded name
      "420602,襄城区,02,,420600",              // two-digit year
      "420602,襄城区,2010,2009,420600",        // period ends before it starts
      "420602,襄城区,2002,,",                  // county without a parent
      "420602,襄城区,2002,,430600",            // parent in another province
      "420602,襄城区,2002,,420602",            // its own parent
      "420000,湖北省,2002,,",                  // out of order (after 420600)
      "420600,襄阳市,2012,,420000",            // a row after the current name
      "420601,市辖区,2002,,420700",            // parent is not its prefecture
      "",                                     // empty line
  })
  @DisplayName("style rule 8: a malformed row is reported with its line number")
  void reportsMalformedRows(String badRow) throws IOException {
    DivisionCsv csv = read("code,name,validFrom,validTo,parent\n"
        + "420000,湖北省,2002,,\n"
        + "420600,襄樊市,2002,2010,420000\n"
        + "420600,襄阳市,2011,,420000\n"
        + badRow + "\n");
    assertThat(csv.problems()).singleElement().asString().startsWith("line 5: ");
  }

  @Test
  @DisplayName("a parent that never appears and a wrong header are reported")
  void reportsMissingParentAndHeader() throws IOException {
    DivisionCsv csv = read("""
        code;name
        420602,襄城区,2002,,420600
        """);
    assertThat(csv.problems()).hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("line 1: header"))
        .anySatisfy(p -> assertThat(p).contains("parent 420600 is not in the data"));
  }
}
