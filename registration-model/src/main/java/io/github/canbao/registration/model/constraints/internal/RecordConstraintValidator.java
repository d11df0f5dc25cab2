package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.model.constraints.internal.RecordWalker.Located;
import io.github.canbao.registration.model.indicator.IndicatorField;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.function.Consumer;

/**
 * A class-level constraint on a record type with indicator fields: runs {@link #check} and turns
 * any exception into a {@code VALIDATOR_FAILED} violation instead of letting it abort the whole
 * validation.
 *
 * @param <A> the constraint annotation
 */
public abstract class RecordConstraintValidator<A extends Annotation>
    implements ConstraintValidator<A, Record> {

  @Override
  public final void initialize(A annotation) {
    configure(annotation);
  }

  /** Reads the annotation's attributes. */
  protected void configure(A annotation) {}

  @Override
  public final boolean isValid(Record record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    Report report = new Report(context, true);
    try {
      check(record, RecordWalker.of(record.getClass()), report);
    } catch (RuntimeException e) {
      report.failed(Report.RECORD, Report.RECORD, Report.RECORD, e);
    }
    return report.isValid();
  }

  /** Checks the record and reports what is wrong. */
  abstract void check(Record record, RecordWalker walker, Report report);

  /** Visits every leaf; a leaf whose check throws is reported as failed, and the walk goes on. */
  static void forEachLeaf(Record record, RecordWalker walker, Report report, Consumer<Located> check) {
    walker.walk(
        record,
        new RecordWalker.Visitor() {
          @Override
          public void leaf(Located at) {
            try {
              check.accept(at);
            } catch (RuntimeException e) {
              report.failed(at.field().indicator(), at.path(), at.field().name(), e);
            }
          }

          @Override
          public void failed(IndicatorField field, String path, RuntimeException e) {
            report.failed(field.indicator(), path, field.name(), e);
          }
        });
  }

  /** The one value at a catalogue path that crosses no list, or null when the path has none. */
  static Located single(Record record, RecordWalker walker, String path) {
    var found = walker.locate(record, path);
    return found.isEmpty() ? null : found.get(0);
  }
}
