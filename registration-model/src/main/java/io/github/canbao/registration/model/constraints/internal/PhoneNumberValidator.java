package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.constraints.ValidPhoneNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link ValidPhoneNumber} on a {@link ContactNumber}: its text as given. */
public final class PhoneNumberValidator implements ConstraintValidator<ValidPhoneNumber, ContactNumber> {

  @Override
  public boolean isValid(ContactNumber value, ConstraintValidatorContext context) {
    return value == null || PhoneTextValidator.check(value.value(), context);
  }
}
