package io.github.canbao.registration.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.canbao.registration.model.constraints.internal.IdentityFieldsValidator;
import io.github.canbao.registration.model.constraints.internal.IdentityNumberValidator;
import io.github.canbao.registration.model.constraints.internal.IdentityTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated social security number is a valid identity number ({@code AAC002} 公民身份号码,
 * 人社厅发〔2015〕41号 附件1 表2; GB 11643-1999 and the kinds of {@code identity.md}), read with {@link
 * io.github.canbao.registration.codes.identity.IdentityParser}.
 *
 * <pre>{@code
 * record Form(@ValidIdentityNumber String idNumber, Optional<@ValidIdentityNumber SocialSecurityNumber> other) {}
 *
 * validator.validate(record);   // RegistrationRecord carries @ValidIdentityNumber: aac002, guardian.aac002
 * }</pre>
 *
 * <p>Applies to a {@link io.github.canbao.registration.model.SocialSecurityNumber}, a {@link
 * CharSequence} ({@code null} is valid, as in every Bean Validation constraint), or a record type
 * whose components carry {@link io.github.canbao.registration.model.indicator.Indicator}s: then
 * every {@code SocialSecurityNumber} field of the record, nested ones included, is checked and
 * reported at its path ({@code aac002}, {@code guardian.aac002}); a blank number counts as absent.
 * Each problem is its own violation with the code {@link
 * io.github.canbao.registration.codes.identity.IdentityProblem} gives ({@code ID_CHECK_DIGIT} …) and
 * the masked number as argument {@code value}; no message shows the whole number. Warnings ({@code
 * AREA_CODE_UNKNOWN}, {@code ID_NOT_VERIFIABLE}) are reported only when {@link
 * io.github.canbao.registration.model.validation.RecordValidator} runs the constraint.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {IdentityNumberValidator.class, IdentityTextValidator.class, IdentityFieldsValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidIdentityNumber.List.class)
public @interface ValidIdentityNumber {

  /**
   * The message key, resolved from the {@code ContributorValidationMessages} bundles.
   *
   * @return the message template
   * @since 0.1.0
   */
  String message() default "{io.github.canbao.registration.model.constraints.ValidIdentityNumber.message}";

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
   * Several {@link ValidIdentityNumber} constraints on the same element.
   *
   * @since 0.1.0
   */
  @Documented
  @Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {

    /**
     * The constraints.
     *
     * @return the constraints
     * @since 0.1.0
     */
    ValidIdentityNumber[] value();
  }
}
