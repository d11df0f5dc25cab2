package io.github.canbao.registration.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Guardian;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.Unit;
import io.github.canbao.registration.model.WorkInjury;
import io.github.canbao.registration.model.validation.RecordValidator;
import io.github.canbao.registration.model.validation.RequiredFields;
import io.github.canbao.registration.testkit.assertions.Violations;
import io.github.canbao.registration.testkit.person.People;
import io.github.canbao.registration.testkit.quicktheories.Gens;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Moved from registration-model (issue 6: one generator in the tree). Any text, as QuickTheories'
 * string generators give it, goes into every field of a generated record: the texts are the point,
 * the record around them comes from the testkit.
 */
@DisplayName("RecordValidator: validation never throws for any text in any field (style.md 5)")
class RecordValidatorPropertiesTest {

  private static final RecordValidator VALIDATOR =
      RecordValidator.standard().withRequiredFields(RequiredFields.bundled("guangdong"));

  @Test
  @DisplayName("any text in every field gives violations, never an exception or VALIDATOR_FAILED")
  void neverThrows() {
    qt().withExamples(300)
        .forAll(Gens.of(People.records()), strings().allPossible().ofLengthBetween(0, 40), strings().numeric(), integers().all())
        .checkAssert(
            (base, text, digits, number) -> {
              List<Violation> violations = VALIDATOR.validate(filled(base, text, digits, number));
              assertThat(violations).extracting(Violation::code).doesNotContain("VALIDATOR_FAILED");
              Violations.assertEachNamesIndicator(violations);
            });
  }

  private static RegistrationRecord filled(RegistrationRecord base, String text, String digits, int number) {
    Optional<String> t = Optional.of(text);
    return base.toBuilder()
        .divisionCode(text)
        .personId(digits)
        .socialSecurityNumber(SocialSecurityNumber.of(text))
        .name(text)
        .sex(text)
        .birthDate(text)
        .personStatus(digits)
        .hukouNature(text)
        .hukouPlace(text)
        .residenceAddress(text)
        .hukouDivision(digits)
        .hukouStreetCode(text)
        .phone(ContactNumber.of(digits))
        .survivalState(text)
        .unit(new Unit(t, t, t, Map.of()))
        .guardian(Guardian.of(text, digits, text))
        .enrolments(List.of(new Enrolment(t, t, t, t, t, Map.of()), Enrolment.of(digits, digits, digits, digits)))
        .evidence(List.of(text))
        .workInjury(new WorkInjury(Optional.of(number), Optional.empty(), t, Optional.empty(), Map.of()))
        .registeredBy(text)
        .comparedAt(text)
        .handler(text)
        .handledAt(text)
        .reviewer(text)
        .reviewedAt(digits)
        .employmentState(digits)
        .noUnitType(text)
        .enrolmentCategory(text)
        .pensionStatus(digits)
        .build();
  }
}
