package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.model.constraints.ValidIdentityNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;

/** {@link ValidIdentityNumber} on text: {@link IdentityParser#parse(CharSequence)}. */
public final class IdentityTextValidator implements ConstraintValidator<ValidIdentityNumber, CharSequence> {

  static final String INDICATOR = "AAC002";
  static final String FIELD = "aac002";
  static final String NAME = "公民身份号码";

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || check(value, context);
  }

  static boolean check(CharSequence value, ConstraintValidatorContext context) {
    Report report = new Report(context, false);
    try {
      for (Violation violation : violations(value, report.settings().identityParser())) {
        report.add(violation, NAME);
      }
    } catch (RuntimeException e) {
      report.failed(INDICATOR, FIELD, NAME, e);
    }
    return report.isValid();
  }

  /** The errors, then the warnings, of reading {@code value}; each names {@code AAC002}/{@code aac002}. */
  static List<Violation> violations(CharSequence value, IdentityParser parser) {
    ParseResult<IdentityNumber> result = parser.parse(value);
    List<Violation> all = new ArrayList<>(result.errors());
    all.addAll(result.warnings());
    return all;
  }
}
