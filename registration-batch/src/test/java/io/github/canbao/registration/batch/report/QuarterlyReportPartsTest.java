package io.github.canbao.registration.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.person.People;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("QuarterlyReport in parts: reports of parts, serialised and added together, equal the report of the whole")
class QuarterlyReportPartsTest {

  private static final Quarter Q3 = Quarter.of(2026, 3);

  @Test
  @DisplayName("3,000 derived records in three parts (one sent through Java serialisation) give the report of all of them")
  void partsAddUp() throws Exception {
    RuleSet rules = RuleSets.bundled("guangdong").ruleSet().orElseThrow();
    List<RegistrationRecord> records =
        rules.derive(Seed.of(20_261_124L).sample(People.records(), 3_000), DeriveOptions.asOf(LocalDate.of(2026, 11, 23)));
    List<CityPopulation> populations = List.of(new CityPopulation("440100", "广州市", 2_000, 2_000), new CityPopulation("999900", "无人市", 5, 5));

    QuarterlyReport whole = QuarterlyReport.of(Q3, populations);
    records.forEach(whole::add);

    QuarterlyReport combined = QuarterlyReport.of(Q3, populations);
    for (int part = 0; part < 3; part++) {
      QuarterlyReport partial = QuarterlyReport.of(Q3, List.of());
      records.subList(part * 1_000, part * 1_000 + 1_000).forEach(partial::add);
      combined.addAll(part == 1 ? roundTrip(partial) : partial);
    }

    BaseDataReport expected = whole.build();
    assertThat(expected.rows()).hasSizeGreaterThan(3);
    assertThat(combined.build()).isEqualTo(expected);
  }

  @Test
  @DisplayName("a report of another quarter is refused")
  void otherQuarter() {
    QuarterlyReport q3 = QuarterlyReport.of(Q3, List.of());
    assertThatThrownBy(() -> q3.addAll(QuarterlyReport.of(Quarter.of(2026, 4), List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static QuarterlyReport roundTrip(QuarterlyReport report) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(report);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (QuarterlyReport) in.readObject();
    }
  }
}
