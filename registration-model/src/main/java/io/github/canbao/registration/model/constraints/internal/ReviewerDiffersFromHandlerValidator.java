package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.constraints.RecordProblem;
import io.github.canbao.registration.model.constraints.ReviewerDiffersFromHandler;
import io.github.canbao.registration.model.constraints.internal.RecordWalker.Located;

/** {@link ReviewerDiffersFromHandler}: AAE014 ≠ AAE011, except for data-cleaning records. */
public final class ReviewerDiffersFromHandlerValidator
    extends RecordConstraintValidator<ReviewerDiffersFromHandler> {

  private String handlerPath;
  private String reviewerPath;
  private String dataCleaningValue;

  @Override
  protected void configure(ReviewerDiffersFromHandler annotation) {
    handlerPath = annotation.handler();
    reviewerPath = annotation.reviewer();
    dataCleaningValue = annotation.dataCleaningValue();
  }

  @Override
  void check(Record record, RecordWalker walker, Report report) {
    Located handler = single(record, walker, handlerPath);
    Located reviewer = single(record, walker, reviewerPath);
    if (handler == null
        || reviewer == null
        || !RecordWalker.isPresent(handler.value())
        || !RecordWalker.isPresent(reviewer.value())) {
      return;
    }
    String handlerName = RecordWalker.text(handler.value().get()).strip();
    String reviewerName = RecordWalker.text(reviewer.value().get()).strip();
    if (handlerName.equals(reviewerName) && !handlerName.equals(dataCleaningValue)) {
      report.add(
          Violation.error(RecordProblem.REVIEWER_IS_HANDLER.name(), reviewer.field().indicator(), reviewer.path()),
          reviewer.field().name());
    }
  }
}
