package io.github.canbao.registration.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.validation.RecordValidator;
import io.github.canbao.registration.model.validation.RequiredFields;
import java.util.List;

/** The constraints alone: a record validator without required fields. */
final class Checks {

  static final RecordValidator CONSTRAINTS = RecordValidator.standard().withRequiredFields(RequiredFields.none());

  private Checks() {}

  static List<Violation> of(RegistrationRecord record) {
    return CONSTRAINTS.validate(record);
  }

  /** Exactly one violation, with this code, indicator and field. */
  static Violation one(RegistrationRecord record, String code, String indicator, String field) {
    List<Violation> violations = of(record);
    assertThat(violations).as("violations of %s", field).hasSize(1);
    Violation violation = violations.get(0);
    assertThat(violation.code()).isEqualTo(code);
    assertThat(violation.indicator()).isEqualTo(indicator);
    assertThat(violation.field()).isEqualTo(field);
    return violation;
  }
}
