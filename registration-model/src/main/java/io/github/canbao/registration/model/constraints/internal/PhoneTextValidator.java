package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.phone.PhoneNumber;
import io.github.canbao.registration.model.constraints.ValidPhoneNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** {@link ValidPhoneNumber} on text: {@link PhoneNumber#parse(CharSequence)}. */
public final class PhoneTextValidator implements ConstraintValidator<ValidPhoneNumber, CharSequence> {

  static final String INDICATOR = "phone";
  static final String NAME = "联系电话";

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || check(value, context);
  }

  static boolean check(CharSequence value, ConstraintValidatorContext context) {
    Report report = new Report(context, false);
    try {
      for (Violation violation : violations(value)) {
        report.add(violation, NAME);
      }
    } catch (RuntimeException e) {
      report.failed(INDICATOR, INDICATOR, NAME, e);
    }
    return report.isValid();
  }

  /** The errors of reading {@code value} (a phone number has no warnings). */
  static List<Violation> violations(CharSequence value) {
    return PhoneNumber.parse(value).errors();
  }
}
