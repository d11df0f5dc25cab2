package io.github.canbao.registration.model.constraints;

/**
 * The violation codes that record validation reports besides those of {@code registration-codes}
 * ({@link io.github.canbao.registration.codes.identity.IdentityProblem}, {@code PHONE_FORMAT},
 * {@code DIVISION_FORMAT}, {@code AREA_CODE_UNKNOWN}). Each is the {@link
 * io.github.canbao.registration.codes.Violation#code() code} of a violation; the names are API and
 * never change.
 *
 * @since 0.1.0
 */
public enum RecordProblem {
  /** A field required for the person's category is missing or blank. */
  REQUIRED,
  /** Longer than the indicator's length, counted in code points. Arguments {@code max}, {@code length}. */
  TOO_LONG,
  /** A digit string (type N) holds another character. */
  NOT_NUMERIC,
  /** Not a real date, {@code YYYYMMDD} ({@code YYYY-MM-DD} accepted). Argument {@code value}. */
  DATE_FORMAT,
  /** Not an ISO-8601 local date-time such as {@code 2026-11-23T10:15:00}. Argument {@code value}. */
  DATE_TIME_FORMAT,
  /**
   * Not in the field's code table, or not one of the names a closed field allows ({@code evidence},
   * {@code enrolments[].elsewhere}, {@code registeredBy}). Arguments {@code value}, {@code table}.
   */
  CODE_UNKNOWN,
  /** A number outside its range (the work-injury grade, 1–10). Arguments {@code value}, {@code min}, {@code max}. */
  OUT_OF_RANGE,
  /** {@code AAC006} differs from the birth date the identity number carries. Argument {@code value}. */
  BIRTH_DATE_MISMATCH,
  /** {@code AAC004} 1 or 2 differs from the sex the identity number carries. Argument {@code value}. */
  SEX_MISMATCH,
  /** {@code AAE015} 复核时间 is before {@code AAE036} 经办时间. Arguments {@code value}, {@code handledAt}. */
  REVIEWED_BEFORE_HANDLED,
  /** {@code AAE014} 复核人 is {@code AAE011} 经办人 (allowed only for the data-cleaning value "信息比对"). */
  REVIEWER_IS_HANDLER,
  /**
   * A check failed with an exception (a defect of this library, reported instead of thrown).
   * Argument {@code exception}: the exception's class name.
   */
  VALIDATOR_FAILED,
  /**
   * A constraint this library does not know failed (one added to the record type by other means).
   * Argument {@code constraint}: the annotation's simple name.
   */
  CONSTRAINT_VIOLATED
}
