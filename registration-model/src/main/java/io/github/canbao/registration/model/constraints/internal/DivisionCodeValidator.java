package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.division.DivisionCode;
import io.github.canbao.registration.model.constraints.ValidDivisionCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;

/** {@link ValidDivisionCode} on text: {@link DivisionCode#parse(CharSequence)}. */
public final class DivisionCodeValidator implements ConstraintValidator<ValidDivisionCode, CharSequence> {

  static final String NAME = "行政区划编码";

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Report report = new Report(context, false);
    try {
      for (Violation violation : violations(value)) {
        report.add(violation, NAME);
      }
    } catch (RuntimeException e) {
      report.failed(DivisionCode.INDICATOR, DivisionCode.FIELD, NAME, e);
    }
    return report.isValid();
  }

  /**
   * The errors, then the warnings, of reading {@code value}. An unknown area also gets the argument
   * {@code value}, the code itself (a division code is no personal data), so that one message
   * template serves this warning and the identity number's.
   */
  static List<Violation> violations(CharSequence value) {
    ParseResult<DivisionCode> result = DivisionCode.parse(value);
    List<Violation> all = new ArrayList<>(result.errors());
    for (Violation warning : result.warnings()) {
      all.add(warning.withArgument("value", value.toString()));
    }
    return all;
  }
}
