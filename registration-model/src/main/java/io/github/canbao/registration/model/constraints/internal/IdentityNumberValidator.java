package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.constraints.ValidIdentityNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link ValidIdentityNumber} on a {@link SocialSecurityNumber}: its text as given. */
public final class IdentityNumberValidator
    implements ConstraintValidator<ValidIdentityNumber, SocialSecurityNumber> {

  @Override
  public boolean isValid(SocialSecurityNumber value, ConstraintValidatorContext context) {
    return value == null || IdentityTextValidator.check(value.value(), context);
  }
}
