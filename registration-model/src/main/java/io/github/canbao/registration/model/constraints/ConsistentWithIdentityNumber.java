package io.github.canbao.registration.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.canbao.registration.model.constraints.internal.ConsistentWithIdentityNumberValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The birth date and sex of the annotated record agree with its identity number (identity.md:
 * "AAC006 = the birth date, AAC004 = the sex by sequence parity"): {@code BIRTH_DATE_MISMATCH} on
 * {@code AAC006} 出生日期, {@code SEX_MISMATCH} on {@code AAC004} 性别.
 *
 * <pre>{@code
 * validator.validate(record);   // RegistrationRecord carries @ConsistentWithIdentityNumber
 * }</pre>
 *
 * <p>Checked only when the number is valid and carries the fact, and the field holds a real date
 * (for the sex: {@code 1} or {@code 2}; {@code 0} 未知的性别 and {@code 9} 未说明的性别 never mismatch).
 * An invalid value is reported by the other constraints, not twice here. The argument {@code value}
 * is the field's own value, never a part of the number.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {ConsistentWithIdentityNumberValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ConsistentWithIdentityNumber.List.class)
public @interface ConsistentWithIdentityNumber {

  /**
   * The message key, resolved from the {@code ContributorValidationMessages} bundles.
   *
   * @return the message template
   * @since 0.1.0
   */
  String message() default "{io.github.canbao.registration.model.constraints.ConsistentWithIdentityNumber.message}";

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
   * The path of the identity number field.
   *
   * @return a path in the record's indicator catalogue
   * @since 0.1.0
   */
  String number() default "aac002";

  /**
   * The path of the birth date field, {@code AAC006}.
   *
   * @return a path in the record's indicator catalogue
   * @since 0.1.0
   */
  String birthDate() default "aac006";

  /**
   * The path of the sex field, {@code AAC004}.
   *
   * @return a path in the record's indicator catalogue
   * @since 0.1.0
   */
  String sex() default "aac004";

  /**
   * Several {@link ConsistentWithIdentityNumber} constraints on the same element.
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
    ConsistentWithIdentityNumber[] value();
  }
}
