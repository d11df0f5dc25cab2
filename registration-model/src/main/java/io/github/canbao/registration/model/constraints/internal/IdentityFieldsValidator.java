package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.constraints.ValidIdentityNumber;

/** {@link ValidIdentityNumber} on a record: every {@link SocialSecurityNumber} field at its path. */
public final class IdentityFieldsValidator extends RecordConstraintValidator<ValidIdentityNumber> {

  @Override
  void check(Record record, RecordWalker walker, Report report) {
    forEachLeaf(
        record,
        walker,
        report,
        at -> {
          if (at.value().orElse(null) instanceof SocialSecurityNumber number && !number.value().isBlank()) {
            for (Violation v : IdentityTextValidator.violations(number.value(), report.settings().identityParser())) {
              report.add(v.at(at.field().indicator(), at.path()), at.field().name());
            }
          }
        });
  }
}
