package io.github.canbao.registration.testkit.person;

import io.github.canbao.registration.model.RegistrationRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated record together with the defect put into it, if any, and where validation must report
 * it, so that a test can check the violation it gets.
 *
 * <pre>{@code
 * GeneratedRecord generated = People.records().withDefect(RecordDefect.BAD_PHONE).described().next(random);
 * List<Violation> violations = validate(generated.record());
 * // expect one violation with generated.expectedCode() at generated.expectedField()
 * }</pre>
 *
 * @param record the record
 * @param defect the defect put in; empty for a complete and consistent record
 * @param expectedField the path of the field the violation concerns, as validation reports it: an
 *     indicator catalogue path with a list element's index, e.g. {@code aac004}, {@code unit.aab004}
 *     or {@code enrolments[1].aac008}; present exactly when {@code defect} is
 * @since 0.1.0
 */
public record GeneratedRecord(
    RegistrationRecord record, Optional<RecordDefect> defect, Optional<String> expectedField) {

  /**
   * Checks that nothing is null and that a defect comes with its field.
   *
   * @param record the record
   * @param defect the defect put in, or empty
   * @param expectedField the path of the field the violation concerns, or empty
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if exactly one of {@code defect} and {@code expectedField} is
   *     present
   * @since 0.1.0
   */
  public GeneratedRecord {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(defect, "defect");
    Objects.requireNonNull(expectedField, "expectedField");
    if (defect.isPresent() != expectedField.isPresent()) {
      throw new IllegalArgumentException("a defect and its expected field come together");
    }
  }

  /**
   * The violation code validation must report, e.g. {@code REQUIRED}; empty for a record without a
   * defect, on which validation must report nothing.
   *
   * @return the code of {@link #defect()}
   * @since 0.1.0
   */
  public Optional<String> expectedCode() {
    return defect.map(RecordDefect::expectedCode);
  }
}
