package com.example.vendor;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.Explanation;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import java.util.List;

/**
 * A row of the vendor's own registration table: what the provincial system stores per person,
 * filled from the library's result. The identity number is stored masked here because this table
 * feeds a report; the vendor's master table keeps the whole number under its own access rules.
 */
public record PersonRow(
    String personId,
    String maskedIdentityNumber,
    String employmentState,
    String noUnitType,
    String nonEnrolmentReason,
    String enrolmentCategory,
    String pensionStatus,
    String medicalStatus,
    List<String> violationCodes,
    List<String> findingCodes,
    String noUnitTypeRule) {

  public PersonRow {
    violationCodes = List.copyOf(violationCodes);
    findingCodes = List.copyOf(findingCodes);
  }

  /** The row for a derived and validated record. */
  public static PersonRow of(RegistrationRecord record) {
    return new PersonRow(
        record.personId().orElse(""),
        record.socialSecurityNumber().map(SocialSecurityNumber::masked).orElse(""),
        record.employmentState().orElse(""),
        record.noUnitType().orElse(""),
        record.nonEnrolmentReason().orElse(""),
        record.enrolmentCategory().orElse(""),
        record.pensionStatus().orElse(""),
        record.medicalStatus().orElse(""),
        record.violations().stream().map(Violation::code).toList(),
        record.findings().stream().map(Finding::code).toList(),
        // The audit column: which rule decided the no-unit type, as the explanation names it.
        record.explanations().stream()
            .filter(e -> e.field().equals("noUnitType"))
            .map(Explanation::rule)
            .findFirst()
            .orElse(""));
  }
}
