package io.github.canbao.registration.codes.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.ParseResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodeTablesTest {

  private static final String FOLDER = "/io/github/canbao/registration/codes/tables/";

  /** Counted from shared/spec/codes.md, table by table. */
  private static final Map<String, Integer> EXPECTED_SIZES = expectedSizes();

  private static Map<String, Integer> expectedSizes() {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    sizes.put("AAB019", 21);
    sizes.put("AAC012", 14);
    sizes.put("AAC009", 17);
    sizes.put("AAC004", 4);
    sizes.put("AIC003", 12); // 11-15 + the seven shared codes
    sizes.put("AKC003", 14); // 21-27 + seven
    sizes.put("ALC003", 8);
    sizes.put("AJC003", 8);
    sizes.put("AMC003", 8);
    sizes.put("AAE140", 8);
    sizes.put("AAC008", 3);
    sizes.put("employmentState", 2);
    sizes.put("noUnitType", 5);
    sizes.put("nonEnrolmentReason", 12);
    sizes.put("enrolmentCategory", 3);
    sizes.put("benefitPaymentStatus", 3);
    sizes.put("survivalState", 3);
    sizes.put("dataSource", 7);
    sizes.put("suzhouCollectionState", 2);
    sizes.put("suzhouNotCollectedReason", 3);
    sizes.put("suzhouEnrolmentSituation", 3);
    sizes.put("suzhouCurrentState", 9);
    sizes.put("suzhouNonEnrolmentReason", 6);
    sizes.put("suzhouElsewherePension", 6);
    sizes.put("suzhouElsewhereMedical", 3);
    sizes.put("suzhouSigner", 3);
    sizes.put("beijingCurrentInsurance", 13);
    sizes.put("changzhouOutcomeAction", 3);
    return sizes;
  }

  private static final List<Class<?>> SINGLE_TABLE_CONSTANTS = List.of(
      Sex.class, PersonStatus.class, HukouNature.class, InsuranceType.class,
      EnrolmentStatus.class, EmploymentState.class, NoUnitType.class, NonEnrolmentReason.class,
      EnrolmentCategory.class, BenefitPaymentStatus.class, SurvivalState.class);

  static Stream<String> tableIds() {
    return EXPECTED_SIZES.keySet().stream();
  }

  @Test
  @DisplayName("codes.md: the index lists every table, in the spec's order, and nothing else")
  void indexListsEveryTable() {
    assertThat(CodeTables.bundled().ids()).containsExactlyElementsOf(EXPECTED_SIZES.keySet());
  }

  @ParameterizedTest
  @MethodSource("tableIds")
  @DisplayName("codes.md: each table has as many values as the spec lists")
  void tableSizesMatchTheSpec(String id) {
    CodeTable table = CodeTables.bundled().table(id).orElseThrow();
    assertThat(table.size()).as(id).isEqualTo(EXPECTED_SIZES.get(id));
    assertThat(table.codes()).hasSize(EXPECTED_SIZES.get(id));
  }

  @ParameterizedTest
  @MethodSource("tableIds")
  @DisplayName("style rule 8: every bundled row is well-formed, so a bad row fails here, not in a"
      + " user's run")
  void everyBundledFileParsesCleanly(String id) throws IOException {
    CodeTable bundled = CodeTables.bundled().table(id).orElseThrow();
    String resource = FOLDER + id + ".csv";
    try (Reader reader = resource(resource)) {
      ParseResult<CodeTable> parsed =
          CodeTables.parse(id, bundled.name(), bundled.englishName(), reader, resource);
      assertThat(parsed.errors()).as(resource).isEmpty();
      assertThat(parsed.warnings()).as(resource).isEmpty();
      assertThat(parsed.toOptional()).contains(bundled);
    }
    assertThat(bundled.name()).isNotBlank();
    assertThat(bundled.englishName()).isNotBlank();
    for (Code code : bundled.codes()) {
      assertThat(code.code()).as(id).matches("[0-9]{1,3}");
      assertThat(code.name()).as(id + " " + code.code()).isNotBlank().doesNotContain("\uFFFD");
      assertThat(code.source()).as(id + " " + code.code()).isNotBlank();
      if (code.provenance() == Provenance.SEED) {
        assertThat(code.source()).as(id + " " + code.code())
            .containsPattern("00[0-4]_[0-9a-f]{16}\\.txt");
      }
    }
  }

  @Test
  @DisplayName("style rule 8: no table file ships without an index entry")
  void noOrphanFiles() throws IOException, URISyntaxException {
    URL index = CodeTables.class.getResource(FOLDER + "index.csv");
    assertThat(index).isNotNull();
    if (!"file".equals(index.getProtocol())) {
      return; // packaged run: the classpath folder cannot be listed, which is why the index exists
    }
    List<String> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(Path.of(index.toURI()).getParent())) {
      listing.map(path -> path.getFileName().toString())
          .filter(name -> !name.equals("index.csv"))
          .forEach(files::add);
    }
    assertThat(files).allMatch(name -> name.endsWith(".csv"))
        .map(name -> name.substring(0, name.length() - 4))
        .containsExactlyInAnyOrderElementsOf(EXPECTED_SIZES.keySet());
  }

  @Test
  @DisplayName("codes.md per-insurance tables: each has its own 已参加 codes plus 81, 82, 91-95")
  void perInsuranceTablesShareTheSevenCodes() {
    CodeBook book = CodeTables.bundled();
    CodeTable pension = book.table(InsuranceStatus.PENSION_TABLE).orElseThrow();
    for (String id : InsuranceStatus.TABLES) {
      CodeTable table = book.table(id).orElseThrow();
      for (String shared : List.of("81", "82", "91", "92", "93", "94", "95")) {
        assertThat(table.find(shared)).as(id + " " + shared).isEqualTo(pension.find(shared));
      }
    }
    assertThat(book.table("AKC003").orElseThrow().codes()).extracting(Code::code)
        .startsWith("21", "22", "23", "24", "25", "26", "27", "81");
  }

  @Test
  @DisplayName("codes.md Guangdong 未参保原因: 10 seed, 31 inferred, 40/41/42/99 assigned")
  void nonEnrolmentReasonProvenance() {
    CodeTable table = CodeTables.bundled().table(NonEnrolmentReason.TABLE).orElseThrow();
    assertThat(provenances(table)).containsExactly(
        Map.entry("10", Provenance.SEED), Map.entry("11", Provenance.SEED),
        Map.entry("20", Provenance.SEED), Map.entry("21", Provenance.SEED),
        Map.entry("30", Provenance.SEED), Map.entry("31", Provenance.INFERRED),
        Map.entry("32", Provenance.SEED), Map.entry("33", Provenance.SEED),
        Map.entry("40", Provenance.ASSIGNED), Map.entry("41", Provenance.ASSIGNED),
        Map.entry("42", Provenance.ASSIGNED), Map.entry("99", Provenance.ASSIGNED));
    assertThat(table.find("10").orElseThrow().source()).isEqualTo("002_2ce87e71a3ebe550.txt");
    assertThat(table.nameOf("31")).contains("部队建账的随军家属");
  }

  @Test
  @DisplayName("codes.md: assigned and inferred values are marked per value, never as seed")
  void provenanceSpotChecks() {
    CodeBook book = CodeTables.bundled();
    assertThat(book.table(InsuranceType.TABLE).orElseThrow().codes())
        .allMatch(code -> code.provenance() == Provenance.ASSIGNED);
    assertThat(book.table(SurvivalState.TABLE).orElseThrow().codes())
        .allMatch(code -> code.provenance() == Provenance.ASSIGNED);
    assertThat(provenances(book.table(BenefitPaymentStatus.TABLE).orElseThrow())).containsExactly(
        Map.entry("1", Provenance.INFERRED), Map.entry("2", Provenance.INFERRED),
        Map.entry("3", Provenance.SEED));
    assertThat(provenances(book.table(EnrolmentStatus.TABLE).orElseThrow())).containsExactly(
        Map.entry("1", Provenance.SEED), Map.entry("2", Provenance.ASSIGNED),
        Map.entry("3", Provenance.SEED));
    CodeTable sex = book.table(Sex.TABLE).orElseThrow();
    assertThat(sex.codes()).allMatch(code -> code.provenance() == Provenance.SEED);
    // The source holds a comma, so this also proves quoted fields are read.
    assertThat(sex.find("0").orElseThrow().source())
        .isEqualTo("GB/T 2261.1-2003, named by 004_a6f2f8385a1c5b3d.txt");
    for (String id : List.of("dataSource", "suzhouCollectionState", "suzhouNotCollectedReason",
        "suzhouEnrolmentSituation", "suzhouCurrentState", "suzhouNonEnrolmentReason",
        "suzhouElsewherePension", "suzhouElsewhereMedical", "suzhouSigner")) {
      List<Code> codes = book.table(id).orElseThrow().codes();
      assertThat(codes).as(id).allMatch(code -> code.provenance() == Provenance.ASSIGNED);
      for (int i = 0; i < codes.size(); i++) {
        assertThat(codes.get(i).code()).as(id).isEqualTo(Integer.toString(i + 1));
      }
    }
    assertThat(book.table("dataSource").orElseThrow().nameOf("7")).contains("电话或短信");
    assertThat(book.table("suzhouCurrentState").orElseThrow().nameOf("9")).contains("老年无待遇");
  }

  @Test
  @DisplayName("codes.md: seed names are kept as printed (half-width brackets in national tables)")
  void namesAsPrinted() {
    CodeBook book = CodeTables.bundled();
    assertThat(book.table("AAB019").orElseThrow().nameOf("81")).contains("个体工商户(有雇工的)");
    assertThat(book.table("AAC009").orElseThrow().nameOf(HukouNature.RESIDENT))
        .contains("居民户口(含农业户口、非农业户口)");
    assertThat(book.table("AIC003").orElseThrow().nameOf(InsuranceStatus.OTHER_REASON_NOT_ENROLLED))
        .contains("参军、出国、判刑等其他原因未参保");
    assertThat(book.table("suzhouEnrolmentSituation").orElseThrow().nameOf("3"))
        .contains("在外地参保（或享受社保待遇）");
  }

  @ParameterizedTest
  @MethodSource("constantHolders")
  @DisplayName("codes.md: every typed constant names a code of its table")
  void everyConstantIsInItsTable(Class<?> holder) throws ReflectiveOperationException {
    assertThat(holder.getModifiers() & Modifier.FINAL).isNotZero();
    String tableId = (String) holder.getField("TABLE").get(null);
    CodeTable table = CodeTables.bundled().table(tableId).orElseThrow();
    List<String> constants = stringConstants(holder, "TABLE");
    assertThat(constants).isNotEmpty();
    assertThat(constants).allSatisfy(code -> assertThat(table.contains(code))
        .as("%s.%s in %s", holder.getSimpleName(), code, tableId).isTrue());
    assertThat(constants).doesNotHaveDuplicates();
  }

  static Stream<Class<?>> constantHolders() {
    return SINGLE_TABLE_CONSTANTS.stream();
  }

  @Test
  @DisplayName("derivation.md rule 5: every InsuranceStatus code is in one of the five tables,"
      + " 81-95 in all five")
  void insuranceStatusConstants() throws IllegalAccessException {
    CodeBook book = CodeTables.bundled();
    for (String code : stringConstants(InsuranceStatus.class, "_TABLE")) {
      long tables = InsuranceStatus.TABLES.stream().filter(id -> book.contains(id, code)).count();
      assertThat(tables).as(code).isEqualTo(code.startsWith("8") || code.startsWith("9") ? 5 : 1);
    }
    assertThat(List.of(
            book.contains(InsuranceStatus.PENSION_TABLE, InsuranceStatus.PENSION_URBAN_EMPLOYEE),
            book.contains(InsuranceStatus.MEDICAL_TABLE,
                InsuranceStatus.MEDICAL_URBAN_RURAL_RESIDENT),
            book.contains(InsuranceStatus.WORK_INJURY_TABLE, InsuranceStatus.WORK_INJURY_ENROLLED),
            book.contains(InsuranceStatus.UNEMPLOYMENT_TABLE,
                InsuranceStatus.UNEMPLOYMENT_ENROLLED),
            book.contains(InsuranceStatus.MATERNITY_TABLE, InsuranceStatus.MATERNITY_ENROLLED)))
        .containsOnly(true);
  }

  @Test
  @DisplayName("derivation.md Hukou-local: every AAC009 code the rule names has a constant")
  void hukouNatureCoversTheDerivationCodes() throws IllegalAccessException {
    assertThat(stringConstants(HukouNature.class, "TABLE")).containsExactlyInAnyOrder(
        "10", "11", "12", "20", "21", "22", "30", "31", "32", "33", "34", "40", "41", "42", "50",
        "51", "52");
  }

  @Test
  @DisplayName("bundled() loads once and hands out the same immutable book")
  void bundledIsASingleton() {
    assertThat(CodeTables.bundled()).isSameAs(CodeTables.bundled());
    assertThat(CodeTables.bundled().toString()).isEqualTo("CodeBook[28 tables]");
  }

  @Test
  @DisplayName("parse: # name and # englishName lines take the place of the given names")
  void parseReadsNameComments() {
    String csv = "# name: 甲表\n# englishName: table A\ncode,name,provenance,source\n1,甲,seed,x\n";
    CodeTable table = CodeTables.parse("a", "默认", "default", new StringReader(csv), "a.csv")
        .toOptional().orElseThrow();
    assertThat(table.name()).isEqualTo("甲表");
    assertThat(table.englishName()).isEqualTo("table A");
    assertThat(table.codes()).containsExactly(new Code("1", "甲", Provenance.SEED, "x"));
  }

  private static Map<String, Provenance> provenances(CodeTable table) {
    Map<String, Provenance> result = new LinkedHashMap<>();
    table.codes().forEach(code -> result.put(code.code(), code.provenance()));
    return result;
  }

  private static List<String> stringConstants(Class<?> holder, String tableSuffix)
      throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : holder.getFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
          && field.getType() == String.class && !field.getName().endsWith(tableSuffix)) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }

  private static Reader resource(String name) {
    InputStream in = CodeTables.class.getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
