package io.github.canbao.registration.batch.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.codes.table.CodeTables;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.Unit;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyListTest {

  @TempDir Path dir;

  private static RegistrationRecord person(String id, String name, String district, String street, String community, String address) {
    return RegistrationRecord.builder().socialSecurityNumber(SocialSecurityNumber.of(id)).name(name)
        .hukouDivision(district).hukouStreetCode(street).hukouStreetName(street == null ? null : "街道" + street)
        .hukouCommunityCode(community).hukouCommunityName(community == null ? null : "社区" + community)
        .residenceAddress(address).employmentState("2").noUnitType("3").pensionStatus("91").medicalStatus("27")
        .workInjuryStatus("95").unemploymentStatus("95").maternityStatus("95").phone(ContactNumber.of("13800138000"))
        .build();
  }

  private List<String> write(long chunkChars, RegistrationRecord... records) throws IOException {
    StringWriter out = new StringWriter();
    NeedsSurvey.Assessment a = new NeedsSurvey.Assessment(List.of("PARTLY_INSURED", "MISSING_REQUIRED_FIELD"), List.of("aae006"));
    try (SurveyList list = SurveyList.open(out, CodeTables.bundled(), Divisions.bundled(), dir, chunkChars)) {
      for (RegistrationRecord r : records) {
        list.add(r, a);
      }
      assertThat(list.finish()).isEqualTo(records.length);
    }
    return out.toString().lines().toList();
  }

  @Test
  @DisplayName("comparison §2: grouped district → street → community, ordered by address; the summary table's columns and the reasons")
  void groupedAndOrdered() throws IOException {
    RegistrationRecord[] records = {
      person("440106199005050020", "乙", "440106", "440106002", "440106002001", "B路1号"),
      person("440106198001010019", "甲", "440106", "440106001", "440106001002", "A路9号"),
      person("44010619750101007X", "丙", "440106", "440106001", "440106001001", "C路2号"),
      person("440106198503030036", "丁", "440106", "440106001", "440106001001", "A路5号"),
      person("440104198001010011", "戊", "440104", "440104001", "440104001001", "Z路1号"),
      person("440106198001010012", "己", null, null, null, null),
    };
    List<String> lines = write(SurveyList.DEFAULT_CHUNK_CHARS, records);
    assertThat(lines.get(0)).isEqualTo(String.join(",", SurveyList.HEADER));
    assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",", -1)[7]).containsExactly("戊", "丁", "丙", "甲", "乙", "己");
    assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",", -1)[6]).containsExactly("1", "2", "3", "4", "5", "6");
    String[] ding = lines.get(2).split(",", -1);
    assertThat(ding[0]).isEqualTo("440106");
    assertThat(ding[1]).isEqualTo("天河区");
    assertThat(ding[8]).isEqualTo("440106198503030036");
    assertThat(ding[9]).isEqualTo("无单位");
    assertThat(ding[11]).isEqualTo("未就业");
    assertThat(ding[14]).isEqualTo("13800138000");
    assertThat(ding[15]).isEqualTo("个人未参保");
    assertThat(ding[16]).isEqualTo("已参加城乡统筹基本医疗保险");
    assertThat(ding[21]).isEqualTo("未参全险种；必填信息缺失(aae006)");
    assertThat(ding[22]).isEqualTo("PARTLY_INSURED|MISSING_REQUIRED_FIELD");
    // The same list when sorted in runs on disk.
    assertThat(write(200, records)).isEqualTo(lines);
  }

  @Test
  @DisplayName("comparison §2: an employed person shows the unit's full name; commas are quoted")
  void unitName() throws IOException {
    RegistrationRecord employed = person("440106198001010019", "甲", "440106", "440106001", "440106001001", "A路, 9号").toBuilder()
        .employmentState("1").noUnitType(null).unit(Unit.of("U1", "广州某某有限公司", "10")).build();
    String[] row = write(SurveyList.DEFAULT_CHUNK_CHARS, employed).get(1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
    assertThat(row[9]).isEqualTo("已单位就业");
    assertThat(row[10]).isEqualTo("广州某某有限公司");
    assertThat(row[11]).isEmpty();
    assertThat(row[13]).isEqualTo("\"A路, 9号\"");
  }
}
