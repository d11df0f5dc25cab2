package io.github.canbao.registration.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.canbao.registration.model.constraints.internal.PhoneFieldsValidator;
import io.github.canbao.registration.model.constraints.internal.PhoneNumberValidator;
import io.github.canbao.registration.model.constraints.internal.PhoneTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated contact number is a mainland mobile number or a landline with its area code
 * (联系电话, record key {@code phone}, no national code; 002 二(一)), read with {@link
 * io.github.canbao.registration.codes.phone.PhoneNumber#parse(CharSequence)}.
 *
 * <pre>{@code
 * record Form(@ValidPhoneNumber String mobile) {}
 * }</pre>
 *
 * <p>Applies to a {@link io.github.canbao.registration.model.ContactNumber}, a {@link CharSequence}
 * ({@code null} is valid), or a record type with {@link
 * io.github.canbao.registration.model.indicator.Indicator}s: then every {@code ContactNumber} field,
 * nested ones included ({@code phone}, {@code guardian.phone}), is checked at its path; a blank
 * number counts as absent. The code is {@code PHONE_FORMAT}, with the masked number as argument
 * {@code value}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {PhoneNumberValidator.class, PhoneTextValidator.class, PhoneFieldsValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidPhoneNumber.List.class)
public @interface ValidPhoneNumber {

  /**
   * The message key, resolved from the {@code ContributorValidationMessages} bundles.
   *
   * @return the message template
   * @since 0.1.0
   */
  String message() default "{io.github.canbao.registration.model.constraints.ValidPhoneNumber.message}";

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
   * Several {@link ValidPhoneNumber} constraints on the same element.
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
    ValidPhoneNumber[] value();
  }
}
