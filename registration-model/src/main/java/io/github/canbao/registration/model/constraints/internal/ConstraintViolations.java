package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.constraints.RecordProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/** Turns Hibernate Validator's {@link ConstraintViolation}s back into this library's {@link Violation}s. */
public final class ConstraintViolations {

  private ConstraintViolations() {}

  /**
   * The violation a validator of this library reported (carried as the dynamic payload), or, for a
   * constraint this library does not know, {@code CONSTRAINT_VIOLATED} at its property path. A
   * foreign constraint's message is not kept: it might echo the validated value.
   */
  public static Violation toViolation(ConstraintViolation<?> violation) {
    try {
      @SuppressWarnings("unchecked")
      HibernateConstraintViolation<Object> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      Violation ours = hibernate.getDynamicPayload(Violation.class);
      if (ours != null) {
        return ours;
      }
    } catch (ValidationException e) {
      // Not Hibernate Validator's: fall through to the generic form.
    }
    String path = violation.getPropertyPath().toString();
    String where = path.isEmpty() ? Report.RECORD : path;
    return Violation.error(RecordProblem.CONSTRAINT_VIOLATED.name(), where, where)
        .withArgument(
            "constraint", violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
  }
}
