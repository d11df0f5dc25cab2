package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.phone.PhoneNumber;
import io.github.canbao.registration.model.constraints.RecordProblem;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.regex.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns this library's {@link Violation}s into Hibernate Validator constraint violations, one call
 * of a validator at a time: the violation itself travels as the dynamic payload (so {@link
 * ConstraintViolations#toViolation} gets it back exactly), and its parts as message parameters, so
 * that a plain Bean Validation run also gets a readable message from the {@code
 * ContributorValidationMessages} template of its code.
 */
public final class Report {

  /** The prefix of the message key of a violation code: {@code <prefix><CODE>}. */
  public static final String KEY_PREFIX = "io.github.canbao.registration.violation.";

  /** The indicator and field named by a check that failed for the whole record. */
  public static final String RECORD = "record";

  private static final Logger LOG = LoggerFactory.getLogger(Report.class);

  // Ten characters cannot hold a whole mobile (11) or identity number (15, 18).
  private static final int SHOWN_WHOLE = 10;

  // A date or date-time shape, whatever its values: no identity or phone number has it.
  private static final Pattern DATE_SHAPE =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?)?");

  private final HibernateConstraintValidatorContext context;
  private final ConstraintSettings settings;
  private final boolean atPath;
  private boolean valid = true;

  /**
   * A report for one validator call.
   *
   * @param atPath whether violations are placed at their field's path below the validated object
   *     (a class-level constraint), or at the validated value itself
   */
  Report(ConstraintValidatorContext context, boolean atPath) {
    this.context = context.unwrap(HibernateConstraintValidatorContext.class);
    this.context.disableDefaultConstraintViolation();
    this.settings = ConstraintSettings.of(this.context);
    this.atPath = atPath;
  }

  /** The settings of this run. */
  ConstraintSettings settings() {
    return settings;
  }

  /** Whether nothing was reported. */
  boolean isValid() {
    return valid;
  }

  /**
   * Reports a violation; a warning only when the run asks for warnings.
   *
   * @param name the field's Chinese name, for the message
   */
  void add(Violation violation, String name) {
    if (violation.severity() == Severity.WARNING && !settings.reportWarnings()) {
      return;
    }
    valid = false;
    context.withDynamicPayload(violation);
    context.addMessageParameter("indicator", violation.indicator());
    context.addMessageParameter("field", violation.field());
    context.addMessageParameter("name", name);
    context.addMessageParameter("code", violation.code());
    violation.arguments().forEach(context::addMessageParameter);
    ConstraintViolationBuilder builder =
        context.buildConstraintViolationWithTemplate("{" + KEY_PREFIX + violation.code() + "}");
    if (atPath) {
      addAt(builder, violation.field());
    } else {
      builder.addConstraintViolation();
    }
  }

  /**
   * Reports a check that threw: a defect of this library must not cost the caller the other
   * results. Only the exception's class is kept: its message may quote the value.
   */
  void failed(String indicator, String field, String name, RuntimeException e) {
    LOG.debug("check of {} failed with {}", field, e.getClass().getName());
    Violation violation =
        Violation.error(RecordProblem.VALIDATOR_FAILED.name(), indicator, field)
            .withArgument("exception", e.getClass().getName());
    add(violation, name);
  }

  /**
   * The text to show of a value that is no identity or phone number but might hold one by mistake:
   * whole when it is at most ten characters or shaped like a date-time ({@code 2026-13-01T00:00}),
   * else masked like a phone number (first 3 and last 4 kept).
   */
  public static String shown(CharSequence text) {
    String s = text.toString().strip();
    boolean safe = s.codePointCount(0, s.length()) <= SHOWN_WHOLE || DATE_SHAPE.matcher(s).matches();
    return safe ? s : PhoneNumber.mask(s);
  }

  /** Places the violation at {@code enrolments[1].place}-like paths, as property nodes. */
  private static void addAt(ConstraintViolationBuilder builder, String path) {
    if (path.isEmpty() || RECORD.equals(path)) {
      builder.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext customizable = null;
    NodeBuilderDefinedContext defined = null;
    int pendingIndex = -1;
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      int index = bracket < 0 ? -1 : Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
      NodeBuilderCustomizableContext next =
          customizable != null
              ? customizable.addPropertyNode(name)
              : defined != null ? defined.addPropertyNode(name) : builder.addPropertyNode(name);
      if (pendingIndex >= 0) {
        defined = next.inIterable().atIndex(pendingIndex);
        customizable = null;
      } else {
        customizable = next;
        defined = null;
      }
      pendingIndex = index;
    }
    if (pendingIndex >= 0) {
      var leaf = customizable != null ? customizable.addBeanNode() : defined.addBeanNode();
      leaf.inIterable().atIndex(pendingIndex).addConstraintViolation();
    } else if (customizable != null) {
      customizable.addConstraintViolation();
    } else {
      defined.addConstraintViolation();
    }
  }
}
