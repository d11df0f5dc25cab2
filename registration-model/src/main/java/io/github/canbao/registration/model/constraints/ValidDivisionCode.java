package io.github.canbao.registration.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.canbao.registration.model.constraints.internal.DivisionCodeValidator;
import io.github.canbao.registration.model.constraints.internal.DivisionFieldsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a division code ({@code AAB301} 行政区划编码, 人社厅发〔2015〕41号 附件1 表1: six
 * GB/T 2260 digits, or nine with the township extension), read with {@link
 * io.github.canbao.registration.codes.division.DivisionCode#parse(CharSequence)}.
 *
 * <pre>{@code
 * record Form(@ValidDivisionCode String place) {}
 * }</pre>
 *
 * <p>Applies to a {@link CharSequence} ({@code null} is valid) or to a record type with {@link
 * io.github.canbao.registration.model.indicator.Indicator}s: then every field whose table is {@code
 * AAB301} ({@code aab301}, {@code hukouDivision}, {@code enrolments[].place}) is checked at its path;
 * a blank value counts as absent. The code is {@code DIVISION_FORMAT} (argument {@code length}, never
 * the text: a mistyped identity number may land in such a field), and the warning {@code
 * AREA_CODE_UNKNOWN} (arguments {@code areaCode}, {@code value}) is reported only when {@link
 * io.github.canbao.registration.model.validation.RecordValidator} runs the constraint.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {DivisionCodeValidator.class, DivisionFieldsValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidDivisionCode.List.class)
public @interface ValidDivisionCode {

  /**
   * The message key, resolved from the {@code ContributorValidationMessages} bundles.
   *
   * @return the message template
   * @since 0.1.0
   */
  String message() default "{io.github.canbao.registration.model.constraints.ValidDivisionCode.message}";

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
   * Several {@link ValidDivisionCode} constraints on the same element.
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
    ValidDivisionCode[] value();
  }
}
