package io.github.canbao.registration.model.constraints;

import static io.github.canbao.registration.model.constraints.Checks.of;
import static io.github.canbao.registration.model.constraints.Checks.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.validation.Records;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("@ValidDivisionCode: aab301, hukouDivision, enrolments[].place read by DivisionCode (AAB301)")
class ValidDivisionCodeTest {

  private final RegistrationRecord valid = Records.national();

  @ParameterizedTest
  @ValueSource(strings = {"440106", "440106001", "440000"})
  @DisplayName("six digits, or nine with the township extension")
  void valid(String code) {
    RegistrationRecord record =
        valid.toBuilder()
            .divisionCode(code)
            .hukouDivision(code)
            .enrolments(List.of(Enrolment.of("110", "1", "20100101", code)))
            .build();
    assertThat(of(record)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4401", "4401060", "44010600100", "44010６", "440106 ", "天河区"})
  @DisplayName("DIVISION_FORMAT with the length only, never the text")
  void invalid(String code) {
    Violation own = one(valid.toBuilder().divisionCode(code).build(), "DIVISION_FORMAT", "AAB301", "aab301");
    assertThat(own.arguments()).isEqualTo(Map.of("length", Integer.toString(code.length())));
    one(valid.toBuilder().hukouDivision(code).build(), "DIVISION_FORMAT", "hukouDivision", "hukouDivision");
    one(valid.toBuilder().enrolments(List.of(Enrolment.of("110", "1", "20100101", code))).build(),
        "DIVISION_FORMAT", "place", "enrolments[0].place");
  }

  @Test
  @DisplayName("AREA_CODE_UNKNOWN is a warning: the data lacks codes abolished before 2002")
  void unknownArea() {
    RegistrationRecord record =
        valid.toBuilder()
            .enrolments(List.of(Enrolment.of("110", "1", "20100101", "440106"), Enrolment.of("310", "1", "20100101", "449999")))
            .build();
    Violation v = one(record, "AREA_CODE_UNKNOWN", "place", "enrolments[1].place");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.arguments()).containsEntry("areaCode", "449999").containsEntry("value", "449999");
  }
}
