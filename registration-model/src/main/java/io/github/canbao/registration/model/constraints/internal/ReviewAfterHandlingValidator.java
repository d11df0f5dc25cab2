package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.constraints.RecordProblem;
import io.github.canbao.registration.model.constraints.ReviewAfterHandling;
import io.github.canbao.registration.model.constraints.internal.RecordWalker.Located;
import java.time.LocalDateTime;
import java.util.Optional;

/** {@link ReviewAfterHandling}: AAE015 not before AAE036. */
public final class ReviewAfterHandlingValidator extends RecordConstraintValidator<ReviewAfterHandling> {

  private String handledAtPath;
  private String reviewedAtPath;

  @Override
  protected void configure(ReviewAfterHandling annotation) {
    handledAtPath = annotation.handledAt();
    reviewedAtPath = annotation.reviewedAt();
  }

  @Override
  void check(Record record, RecordWalker walker, Report report) {
    Located handled = single(record, walker, handledAtPath);
    Located reviewed = single(record, walker, reviewedAtPath);
    if (handled == null || reviewed == null) {
      return;
    }
    Optional<LocalDateTime> handledAt = dateTime(handled);
    Optional<LocalDateTime> reviewedAt = dateTime(reviewed);
    if (handledAt.isPresent() && reviewedAt.isPresent() && reviewedAt.get().isBefore(handledAt.get())) {
      // Both parsed as date-times, so neither can be a misplaced identity or phone number.
      report.add(
          Violation.error(
                  RecordProblem.REVIEWED_BEFORE_HANDLED.name(), reviewed.field().indicator(), reviewed.path())
              .withArgument("value", RecordWalker.text(reviewed.value().get()))
              .withArgument("handledAt", RecordWalker.text(handled.value().get())),
          reviewed.field().name());
    }
  }

  private static Optional<LocalDateTime> dateTime(Located at) {
    return RecordWalker.isPresent(at.value())
        ? IndicatorsValidator.dateTime(RecordWalker.text(at.value().get()))
        : Optional.empty();
  }
}
