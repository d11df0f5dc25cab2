package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.division.DivisionCode;
import io.github.canbao.registration.model.constraints.ValidDivisionCode;

/** {@link ValidDivisionCode} on a record: every field of table {@code AAB301} at its path. */
public final class DivisionFieldsValidator extends RecordConstraintValidator<ValidDivisionCode> {

  @Override
  void check(Record record, RecordWalker walker, Report report) {
    forEachLeaf(
        record,
        walker,
        report,
        at -> {
          if (DivisionCode.INDICATOR.equals(at.field().table())
              && at.value().orElse(null) instanceof CharSequence text
              && !text.toString().isBlank()) {
            for (Violation v : DivisionCodeValidator.violations(text)) {
              report.add(v.at(at.field().indicator(), at.path()), at.field().name());
            }
          }
        });
  }
}
