package io.github.canbao.registration.testkit.person;

import io.github.canbao.registration.codes.phone.PhoneNumber;
import io.github.canbao.registration.testkit.identity.IdentityDefect;

/**
 * A defect a generator can put into an otherwise complete and consistent registration record, named
 * by the violation code validation must report for it. Each changes one thing only: the same seed
 * without the defect gives the same record with that one thing right (see {@link
 * RegistrationRecords#withDefect(RecordDefect)}).
 *
 * <pre>{@code
 * GeneratedRecord broken = People.records().withDefect(RecordDefect.MISSING_REQUIRED).described().next(random);
 * broken.expectedCode();    // Optional[REQUIRED]
 * broken.expectedField();   // e.g. Optional[hukouStreetCode]
 * }</pre>
 *
 * @since 0.1.0
 */
public enum RecordDefect {

  /**
   * One field the guangdong locality requires for the record's category removed (002 二(一), 二(二));
   * which one is in {@link GeneratedRecord#expectedField()} (with the element's index for an
   * enrolment's field, e.g. {@code enrolments[0].since}).
   *
   * @since 0.1.0
   */
  MISSING_REQUIRED("REQUIRED"),

  /**
   * {@code AAC003} 姓名 of 21 to 24 Chinese characters, over its length of 20.
   *
   * @since 0.1.0
   */
  NAME_TOO_LONG("TOO_LONG"),

  /**
   * {@code AAC004} 性别 = {@code 7}, a code GB/T 2261.1 does not have.
   *
   * @since 0.1.0
   */
  UNKNOWN_SEX_CODE("CODE_UNKNOWN"),

  /**
   * {@code AAC004} 性别 the opposite of the sex the identity number carries.
   *
   * @since 0.1.0
   */
  SEX_MISMATCH("SEX_MISMATCH"),

  /**
   * {@code AAC006} 出生日期 one day before or after the date in the identity number.
   *
   * @since 0.1.0
   */
  BIRTH_DATE_MISMATCH("BIRTH_DATE_MISMATCH"),

  /**
   * {@code AAC006} 出生日期 that is no date: month 13 of the birth year (e.g. {@code 20161301}).
   *
   * @since 0.1.0
   */
  BAD_BIRTH_DATE_FORMAT("DATE_FORMAT"),

  /**
   * 联系电话 {@code phone} of no accepted form: eleven digits starting {@code 10}, {@code 11} or
   * {@code 12}, or a mobile number one digit short.
   *
   * @since 0.1.0
   */
  BAD_PHONE(PhoneNumber.PHONE_FORMAT),

  /**
   * {@code AAC002} with a wrong check character ({@link IdentityDefect#CHECK_DIGIT}); {@code AAC006}
   * and {@code AAC004} still agree with the date and sex written in the number.
   *
   * @since 0.1.0
   */
  ID_CHECK_DIGIT(IdentityDefect.CHECK_DIGIT.expectedCode()),

  /**
   * {@code AAE015} 复核时间 1 to 72 hours before {@code AAE036} 经办时间.
   *
   * @since 0.1.0
   */
  REVIEWED_BEFORE_HANDLED("REVIEWED_BEFORE_HANDLED"),

  /**
   * {@code AAE014} 复核人 the same person as {@code AAE011} 经办人, on a surveyed record (the
   * data-cleaning value "信息比对" may be both). Records with this defect are always registered by
   * {@code SURVEY}.
   *
   * @since 0.1.0
   */
  REVIEWER_IS_HANDLER("REVIEWER_IS_HANDLER"),

  /**
   * One enrolment's {@code AAC008} 人员参保状态 = {@code 9}, not in its table; a record with no
   * enrolment gets one, complete but for that status.
   *
   * @since 0.1.0
   */
  UNKNOWN_ENROLMENT_STATUS("CODE_UNKNOWN");

  private final String expectedCode;

  RecordDefect(String expectedCode) {
    this.expectedCode = expectedCode;
  }

  /**
   * The violation code validation must report for this defect, e.g. {@code REQUIRED}.
   *
   * @return the code
   * @since 0.1.0
   */
  public String expectedCode() {
    return expectedCode;
  }
}
