package io.github.canbao.registration.rules.facts;

import io.github.canbao.registration.model.RegistrationRecord;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields derivation writes ({@code record-format.md}, "Fields that derivation writes"): how to
 * read the value a record was given and how to set the decided one.
 */
enum DerivedField {
  EMPLOYMENT_STATE("employmentState", RegistrationRecord::employmentState, RegistrationRecord.Builder::employmentState),
  NO_UNIT_TYPE("noUnitType", RegistrationRecord::noUnitType, RegistrationRecord.Builder::noUnitType),
  NON_ENROLMENT_REASON("nonEnrolmentReason", RegistrationRecord::nonEnrolmentReason, RegistrationRecord.Builder::nonEnrolmentReason),
  ENROLMENT_CATEGORY("enrolmentCategory", RegistrationRecord::enrolmentCategory, RegistrationRecord.Builder::enrolmentCategory),
  AIC003("aic003", RegistrationRecord::pensionStatus, RegistrationRecord.Builder::pensionStatus),
  AKC003("akc003", RegistrationRecord::medicalStatus, RegistrationRecord.Builder::medicalStatus),
  ALC003("alc003", RegistrationRecord::workInjuryStatus, RegistrationRecord.Builder::workInjuryStatus),
  AJC003("ajc003", RegistrationRecord::unemploymentStatus, RegistrationRecord.Builder::unemploymentStatus),
  AMC003("amc003", RegistrationRecord::maternityStatus, RegistrationRecord.Builder::maternityStatus),
  DISABILITY_ALLOWANCE_STATE("disabilityAllowanceState", RegistrationRecord::disabilityAllowanceState, RegistrationRecord.Builder::disabilityAllowanceState),
  OUTCOME_ACTION("outcomeAction", RegistrationRecord::outcomeAction, RegistrationRecord.Builder::outcomeAction),
  SURVIVOR_PENSION_STATE("survivorPensionState", RegistrationRecord::survivorPensionState, RegistrationRecord.Builder::survivorPensionState),
  AAE011("aae011", RegistrationRecord::handler, RegistrationRecord.Builder::handler),
  AAE036("aae036", RegistrationRecord::handledAt, RegistrationRecord.Builder::handledAt),
  AAE014("aae014", RegistrationRecord::reviewer, RegistrationRecord.Builder::reviewer),
  AAE015("aae015", RegistrationRecord::reviewedAt, RegistrationRecord.Builder::reviewedAt);

  static final String DISABILITY_ALLOWANCE = "disabilityAllowanceState";
  private static final List<DerivedField> ALL = List.of(values());

  private final String key;
  private final Function<RegistrationRecord, Optional<String>> getter;
  private final BiConsumer<RegistrationRecord.Builder, String> setter;

  DerivedField(
      String key,
      Function<RegistrationRecord, Optional<String>> getter,
      BiConsumer<RegistrationRecord.Builder, String> setter) {
    this.key = key;
    this.getter = getter;
    this.setter = setter;
  }

  static List<DerivedField> all() {
    return ALL;
  }

  String key() {
    return key;
  }

  Optional<String> given(RegistrationRecord record) {
    return getter.apply(record);
  }

  void set(RegistrationRecord.Builder builder, String value) {
    setter.accept(builder, value);
  }
}
