package io.github.canbao.registration.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.canbao.registration.model.constraints.internal.ReviewAfterHandlingValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The review time of the annotated record is not before its handling time: {@code AAE015} 复核时间
 * ≥ {@code AAE036} 经办时间 (人社厅发〔2015〕41号 附件1 表4), else {@code REVIEWED_BEFORE_HANDLED} on
 * {@code AAE015}.
 *
 * <pre>{@code
 * validator.validate(record);   // RegistrationRecord carries @ReviewAfterHandling
 * }</pre>
 *
 * <p>Checked only when both are ISO-8601 local date-times; a malformed one is {@code
 * DATE_TIME_FORMAT} ({@link ValidIndicators}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {ReviewAfterHandlingValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ReviewAfterHandling.List.class)
public @interface ReviewAfterHandling {

  /**
   * The message key, resolved from the {@code ContributorValidationMessages} bundles.
   *
   * @return the message template
   * @since 0.1.0
   */
  String message() default "{io.github.canbao.registration.model.constraints.ReviewAfterHandling.message}";

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
   * The path of the handling time, {@code AAE036}.
   *
   * @return a path in the record's indicator catalogue
   * @since 0.1.0
   */
  String handledAt() default "aae036";

  /**
   * The path of the review time, {@code AAE015}.
   *
   * @return a path in the record's indicator catalogue
   * @since 0.1.0
   */
  String reviewedAt() default "aae015";

  /**
   * Several {@link ReviewAfterHandling} constraints on the same element.
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
    ReviewAfterHandling[] value();
  }
}
