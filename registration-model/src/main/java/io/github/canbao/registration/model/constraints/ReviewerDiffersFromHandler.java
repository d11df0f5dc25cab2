package io.github.canbao.registration.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.canbao.registration.model.constraints.internal.ReviewerDiffersFromHandlerValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The reviewer of the annotated record is not its handler: {@code AAE014} 复核人 ≠ {@code AAE011}
 * 经办人 (人社厅发〔2015〕41号 附件1 表4), else {@code REVIEWER_IS_HANDLER} on {@code AAE014} — except
 * a data-cleaning record, whose handler and reviewer are both "信息比对" (Guangdong 二(三)6).
 *
 * <pre>{@code
 * validator.validate(record);   // RegistrationRecord carries @ReviewerDiffersFromHandler
 * }</pre>
 *
 * <p>Names are compared after removing surrounding white space; a blank one is not compared.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {ReviewerDiffersFromHandlerValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ReviewerDiffersFromHandler.List.class)
public @interface ReviewerDiffersFromHandler {

  /**
   * The message key, resolved from the {@code ContributorValidationMessages} bundles.
   *
   * @return the message template
   * @since 0.1.0
   */
  String message() default "{io.github.canbao.registration.model.constraints.ReviewerDiffersFromHandler.message}";

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
   * The path of the handler, {@code AAE011}.
   *
   * @return a path in the record's indicator catalogue
   * @since 0.1.0
   */
  String handler() default "aae011";

  /**
   * The path of the reviewer, {@code AAE014}.
   *
   * @return a path in the record's indicator catalogue
   * @since 0.1.0
   */
  String reviewer() default "aae014";

  /**
   * The value that a data-cleaning record gives as both handler and reviewer (Guangdong 二(三)6).
   *
   * @return the value, "信息比对" by default
   * @since 0.1.0
   */
  String dataCleaningValue() default "信息比对";

  /**
   * Several {@link ReviewerDiffersFromHandler} constraints on the same element.
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
    ReviewerDiffersFromHandler[] value();
  }
}
