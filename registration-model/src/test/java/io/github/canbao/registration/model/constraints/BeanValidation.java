package io.github.canbao.registration.model.constraints;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.constraints.internal.ConstraintViolations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** A plain Bean Validation run, as an application that knows nothing of RecordValidator has one. */
final class BeanValidation {

  private BeanValidation() {}

  /** A new factory: its message interpolator reads the JVM's default locale when it is built. */
  static ValidatorFactory factory() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  static <T> Set<ConstraintViolation<T>> validate(T bean) {
    try (ValidatorFactory factory = factory()) {
      Validator validator = factory.getValidator();
      return validator.validate(bean);
    }
  }

  static List<Violation> violations(Object bean) {
    return validate(bean).stream().map(ConstraintViolations::toViolation).toList();
  }
}
