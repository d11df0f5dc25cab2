package io.github.canbao.registration.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.canbao.registration.model.constraints.internal.IndicatorsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every field of the annotated record type agrees with its {@link
 * io.github.canbao.registration.model.indicator.Indicator}: not longer than its length in code points
 * ({@code TOO_LONG}), digits only for type N ({@code NOT_NUMERIC}), a real date for a date field
 * ({@code DATE_FORMAT}: {@code YYYYMMDD}, {@code YYYY-MM-DD} accepted on input), an ISO-8601 local
 * date-time for a date-time field ({@code DATE_TIME_FORMAT}), a code of its table ({@code
 * CODE_UNKNOWN}), and the closed name sets and ranges the model fixes ({@code evidence} ⊂ {@link
 * io.github.canbao.registration.model.Evidence}, {@code enrolments[].elsewhere} ⊂ {@link
 * io.github.canbao.registration.model.Elsewhere}, {@code registeredBy} ⊂ {@link
 * io.github.canbao.registration.model.RegisteredBy}, {@code workInjury.grade} 1–10: {@code
 * OUT_OF_RANGE}).
 *
 * <pre>{@code
 * validator.validate(record);   // RegistrationRecord carries @ValidIndicators(numericNotEnforced = {"AAC001", "AAB001"})
 * }</pre>
 *
 * <p>The {@code @Indicator} annotation is the one source of truth: no length or table is repeated
 * here. Absent and blank values are not checked (that is the required-field check's job). Fields whose
 * values another constraint parses are left to it: identity numbers ({@link ValidIdentityNumber}),
 * contact numbers ({@link ValidPhoneNumber}) and division codes, table {@code AAB301} ({@link
 * ValidDivisionCode}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {IndicatorsValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ValidIndicators.List.class)
public @interface ValidIndicators {

  /**
   * The message key, resolved from the {@code ContributorValidationMessages} bundles.
   *
   * @return the message template
   * @since 0.1.0
   */
  String message() default "{io.github.canbao.registration.model.constraints.ValidIndicators.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   * @since 0.1.0
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   * @since 0.1.0
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * National indicator codes whose type N (digit string) is not enforced, only their length: the
   * spec's own example gives {@code AAC001} 人员编号 as {@code P000123} and {@code AAB001} 单位编号 as
   * {@code U0001}, so these are local identifiers (docs/decisions/0006-record-validation.md).
   *
   * @return indicator codes, e.g. {@code AAC001}
   * @since 0.1.0
   */
  String[] numericNotEnforced() default {};

  /**
   * Several {@link ValidIndicators} constraints on the same element.
   *
   * @since 0.1.0
   */
  @Documented
  @Target({TYPE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * The constraints.
     *
     * @return the constraints
     * @since 0.1.0
     */
    ValidIndicators[] value();
  }
}
