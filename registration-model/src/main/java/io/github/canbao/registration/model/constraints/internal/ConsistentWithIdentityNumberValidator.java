package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.table.Sex;
import io.github.canbao.registration.model.constraints.ConsistentWithIdentityNumber;
import io.github.canbao.registration.model.constraints.RecordProblem;
import io.github.canbao.registration.model.constraints.internal.RecordWalker.Located;
import java.time.LocalDate;
import java.util.Optional;

/** {@link ConsistentWithIdentityNumber}: AAC006 and AAC004 against the identity number. */
public final class ConsistentWithIdentityNumberValidator
    extends RecordConstraintValidator<ConsistentWithIdentityNumber> {

  private String numberPath;
  private String birthDatePath;
  private String sexPath;

  @Override
  protected void configure(ConsistentWithIdentityNumber annotation) {
    numberPath = annotation.number();
    birthDatePath = annotation.birthDate();
    sexPath = annotation.sex();
  }

  @Override
  void check(Record record, RecordWalker walker, Report report) {
    Located number = single(record, walker, numberPath);
    if (number == null || !RecordWalker.isPresent(number.value())) {
      return;
    }
    Optional<IdentityNumber> parsed =
        report.settings().identityParser().parse(RecordWalker.text(number.value().get())).toOptional();
    if (parsed.isEmpty()) {
      return; // ValidIdentityNumber reports why
    }
    IdentityNumber id = parsed.get();
    Located birth = single(record, walker, birthDatePath);
    if (birth != null && RecordWalker.isPresent(birth.value())) {
      String given = RecordWalker.text(birth.value().get());
      Optional<LocalDate> date = IndicatorsValidator.date(given);
      Optional<LocalDate> carried = id.birthDate();
      if (date.isPresent() && carried.isPresent() && !date.get().equals(carried.get())) {
        report.add(
            Violation.error(RecordProblem.BIRTH_DATE_MISMATCH.name(), birth.field().indicator(), birth.path())
                .withArgument("value", Report.shown(given)),
            birth.field().name());
      }
    }
    Located sex = single(record, walker, sexPath);
    if (sex != null && RecordWalker.isPresent(sex.value())) {
      String given = RecordWalker.text(sex.value().get());
      Optional<String> carried = id.sex();
      // 0 未知的性别 and 9 未说明的性别 say nothing the number could contradict.
      boolean comparable = Sex.MALE.equals(given) || Sex.FEMALE.equals(given);
      if (comparable && carried.isPresent() && !carried.get().equals(given)) {
        report.add(
            Violation.error(RecordProblem.SEX_MISMATCH.name(), sex.field().indicator(), sex.path())
                .withArgument("value", given),
            sex.field().name());
      }
    }
  }
}
