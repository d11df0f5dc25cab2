package io.github.canbao.registration.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.json.RegistrationJson;
import io.github.canbao.registration.model.validation.RecordValidator;
import io.github.canbao.registration.model.validation.RequiredFields;
import io.github.canbao.registration.testkit.person.People;
import io.github.canbao.registration.testkit.person.RecordDefect;
import io.github.canbao.registration.testkit.quicktheories.Gens;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 3's properties over generated whole records: validation and the JSON round trip. */
@DisplayName("indicators.md, localities.md, record-format.md: properties over generated records")
class RegistrationRecordPropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final RecordValidator GUANGDONG =
      RecordValidator.standard()
          .withIdentityParser(IdentityParser.standard().asOf(AS_OF))
          .withRequiredFields(RequiredFields.bundled("guangdong"));
  private static final ObjectMapper JSON = RegistrationJson.mapper();

  @Test
  @DisplayName("a valid generated record of each category has no violation, not even a warning")
  void validRecordsHaveNoViolations() {
    for (int category = 1; category <= 3; category++) {
      qt().withExamples(1_000)
          .forAll(Gens.of(People.records().category(category)))
          .checkAssert(record -> assertThat(GUANGDONG.validate(record)).as(record.toString()).isEmpty());
    }
  }

  @Test
  @DisplayName("a corrupted field gives its violation, at its field")
  void defectsGiveTheirViolation() {
    for (RecordDefect defect : RecordDefect.values()) {
      qt().withExamples(200)
          .forAll(Gens.of(People.records().withDefect(defect).described()))
          .checkAssert(
              generated -> {
                List<Violation> violations = GUANGDONG.validate(generated.record());
                assertThat(violations)
                    .as("%s on %s", defect, generated.record())
                    .anySatisfy(v -> {
                      assertThat(v.code()).isEqualTo(defect.expectedCode());
                      assertThat(v.field()).isEqualTo(generated.expectedField().orElseThrow());
                    });
              });
    }
  }

  @Test
  @DisplayName("JSON → model → JSON is identical for generated records")
  void jsonRoundTrip() {
    qt().withExamples(2_000)
        .forAll(Gens.of(People.records()))
        .checkAssert(
            record -> {
              try {
                String json = JSON.writeValueAsString(record);
                RegistrationRecord back = JSON.readValue(json, RegistrationRecord.class);
                assertThat(back).isEqualTo(record);
                JsonNode again = JSON.readTree(JSON.writeValueAsString(back));
                assertThat(again).isEqualTo(JSON.readTree(json));
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }
}
