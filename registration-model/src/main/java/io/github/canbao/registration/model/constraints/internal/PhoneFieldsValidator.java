package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.constraints.ValidPhoneNumber;

/** {@link ValidPhoneNumber} on a record: every {@link ContactNumber} field at its path. */
public final class PhoneFieldsValidator extends RecordConstraintValidator<ValidPhoneNumber> {

  @Override
  void check(Record record, RecordWalker walker, Report report) {
    forEachLeaf(
        record,
        walker,
        report,
        at -> {
          if (at.value().orElse(null) instanceof ContactNumber number && !number.value().isBlank()) {
            for (Violation v : PhoneTextValidator.violations(number.value())) {
              report.add(v.at(at.field().indicator(), at.path()), at.field().name());
            }
          }
        });
  }
}
