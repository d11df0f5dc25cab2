package io.github.canbao.registration.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.canbao.registration.model.Benefit;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.RegistrationRecord;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuarterlyReportTest {

  private static RegistrationRecord.Builder local(String division) {
    return RegistrationRecord.builder().hukouLocal(true).hukouDivision(division).divisionCode(division);
  }

  private static Enrolment active(String type) {
    return Enrolment.of(type, "1", "20200101", "440100");
  }

  /** Guangzhou: 3 stored directly (one non-local), 1 in-province, 1 out-of-province, 2 surveys (1 stored), 1 not found. */
  private static List<RegistrationRecord> guangzhou() {
    List<RegistrationRecord> records = new ArrayList<>();
    records.add(local("440106").enrolments(List.of(active("110"), active("170"), active("310"), active("390")))
        .pensionStatus("11").medicalStatus("21").workInjuryStatus("92").unemploymentStatus("40").maternityStatus("50").build());
    records.add(local("440104").benefits(List.of(Benefit.of("110", "1"), Benefit.of("120", "1"))).pensionStatus("11").build());
    records.add(RegistrationRecord.builder().hukouLocal(false).divisionCode("440106").enrolments(List.of(active("310"))).medicalStatus("21").build());
    records.add(local("440106").enrolments(List.of(active("390").withElsewhere(io.github.canbao.registration.model.Elsewhere.IN_PROVINCE))).build());
    records.add(local("440106").enrolments(List.of(active("390").withElsewhere(io.github.canbao.registration.model.Elsewhere.OUT_OF_PROVINCE))).build());
    records.add(local("440106").registeredBy("SURVEY").surveyState("STORED").pensionStatus("91").build());
    records.add(local("440106").registeredBy("SURVEY").surveyState("COLLECTED").build());
    records.add(local("440106").pensionStatus("91").medicalStatus("91").build());
    return records;
  }

  @Test
  @DisplayName("comparison §4: the 17 columns per city from records and population figures; (1) = (3) − (4) + (5) + (6) + (7) holds")
  void columns() {
    QuarterlyReport report = QuarterlyReport.of(Quarter.of(2026, 3), List.of(new CityPopulation("440100", "广州市", 7, 7)));
    guangzhou().forEach(report::add);
    BaseDataReport table = report.build();
    assertThat(table.rows()).hasSize(1);
    ReportRow gz = table.rows().get(0);
    assertThat(gz.city()).isEqualTo("440100");
    assertThat(gz.columns()).containsExactly(7L, 7L, 3L, 1L, 1L, 1L, 3L, 1L, 2L, 1L, 1L, 1L, 1L, 0L, 1L, 0L, 0L);
    assertThat(table.failedChecks()).isEmpty();
    assertThat(table.total().columns()).isEqualTo(gz.columns());
    // Pension: insured 2 (the first two), uninsured 2 → 50 %.
    assertThat(gz.coverage().get("pension")).hasValueSatisfying(rate -> assertThat(rate).isCloseTo(0.5, within(1e-9)));
    assertThat(gz.coverage().get("unemployment")).hasValueSatisfying(rate -> assertThat(rate).isCloseTo(1.0, within(1e-9)));
  }

  @Test
  @DisplayName("comparison §4: every logical check that fails is reported with its row; a city missing from the population file gets a row")
  void failedChecks() throws IOException {
    QuarterlyReport report = QuarterlyReport.of(Quarter.of(2026, 3), List.of(
        new CityPopulation("440100", "广州市", 10, 10), new CityPopulation("440300", "深圳市", 5, 6)));
    guangzhou().forEach(report::add);
    report.add(RegistrationRecord.builder().hukouLocal(false).divisionCode("440500").enrolments(List.of(active("310"))).build());
    BaseDataReport table = report.build();
    assertThat(table.rows()).extracting(ReportRow::city).containsExactly("440100", "440300", "440500");
    assertThat(table.failedChecks()).extracting(c -> c.city() + " " + c.check()).containsExactly(
        "440100 (1) = (3) − (4) + (5) + (6) + (7)", "440300 (2) ≤ (1)", "合计 (2) ≤ (1)");
    assertThat(table.failedChecks().get(0).detail()).isEqualTo("(1) = 10, (3) − (4) + (5) + (6) + (7) = 3 − 1 + 1 + 1 + 3 = 7");
    StringWriter csv = new StringWriter();
    table.writeCsv(csv);
    List<String> lines = csv.toString().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("序号,城市代码,城市,1 户籍人口数,2 已获得数据人数,3 本地参保直接入库人数")
        .contains("14 医疗保险重复享受待遇人数", "15 工伤保险应参保未参保人数", "17 生育保险应参保未参保人数", "养老保险参保率(%)")
        .endsWith("逻辑校验");
    assertThat(lines.get(1)).startsWith("1,440100,广州市,10,10,3,1,1,1,3,1,").contains("(1) = (3) − (4) + (5) + (6) + (7)");
    assertThat(lines.get(4)).startsWith("合计,,合计,15,16,");
    StringWriter json = new StringWriter();
    table.writeJson(json);
    assertThat(json.toString()).contains("\"quarter\":\"2026Q3\"", "\"failedChecks\":[{\"city\":\"440100\"");
  }

  @Test
  @DisplayName("comparison §4: (4) ≤ (3) and (8) ≤ (7) are checked")
  void subsetChecks() {
    ReportRow row = new ReportRow("440100", "广州市", List.of(0L, 0L, 1L, 2L, 0L, 0L, 1L, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), java.util.Map.of());
    assertThat(BaseDataReport.check(row)).extracting(ReportCheck::check)
        .containsExactly("(4) ≤ (3)", "(8) ≤ (7)");
  }

  @Test
  @DisplayName("comparison §4: quarters and the population file (problems with their line numbers)")
  void inputs() throws IOException {
    assertThat(Quarter.parse("2026Q3")).contains(Quarter.of(2026, 3));
    assertThat(Quarter.parse("2026q1")).contains(Quarter.of(2026, 1));
    assertThat(Quarter.parse("2026Q5")).isEmpty();
    assertThat(Quarter.parse("26Q3")).isEmpty();
    CityPopulations.Read read = CityPopulations.read(new StringReader(
        "\uFEFF城市代码,城市名称,户籍人口数,已获得数据人数\n440100,广州市,100,90\n\n440300,深圳市,many,1\n440500,汕头市,50,\n"));
    assertThat(read.cities()).containsExactly(new CityPopulation("440100", "广州市", 100, 90), new CityPopulation("440500", "汕头市", 50, 50));
    assertThat(read.problems()).containsExactly("4: a figure is not a whole number");
    assertThat(CityPopulations.read(new StringReader("x,y\n1,2\n")).problems()).hasSize(1);
  }
}
