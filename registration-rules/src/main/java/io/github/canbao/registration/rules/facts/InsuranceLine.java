package io.github.canbao.registration.rules.facts;

import io.github.canbao.registration.model.Benefit;
import io.github.canbao.registration.model.Elsewhere;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.rules.locality.LocalityParameters.InsuranceParameters;
import java.util.Comparator;
import java.util.Optional;

/**
 * One insurance of one person for rule 5 (the per-insurance national status codes AIC003, AKC003,
 * ALC003, AJC003, AMC003): the enrolments and benefits of that insurance, read by the rows 5a–5g.
 * A rule inserts the lines once the person's earlier fields are decided ({@link
 * Person#openInsuranceLines()}).
 *
 * @since 0.1.0
 */
public final class InsuranceLine {

  private final Person person;
  private final InsuranceParameters insurance;

  InsuranceLine(Person person, InsuranceParameters insurance) {
    this.person = person;
    this.insurance = insurance;
  }

  /**
   * The person.
   *
   * @since 0.1.0
   */
  public Person getPerson() {
    return person;
  }

  /**
   * The insurance's name ({@code pension}, {@code medical} …).
   *
   * @since 0.1.0
   */
  public String getName() {
    return insurance.name();
  }

  /**
   * The status indicator's record key ({@code aic003} …).
   *
   * @since 0.1.0
   */
  public String getField() {
    return insurance.field();
  }

  /**
   * Whether the insurance goes with a unit (work-injury, unemployment, maternity: rule 5e).
   *
   * @since 0.1.0
   */
  public boolean isUnitBased() {
    return insurance.unitBased();
  }

  /**
   * Whether the insurance is pension insurance, to which the age and student rows of 5e apply.
   *
   * @since 0.1.0
   */
  public boolean isAgeBased() {
    return insurance.ageBased();
  }

  /**
   * Whether the status was decided.
   *
   * @since 0.1.0
   */
  public boolean isDecided() {
    return person.decided(insurance.field());
  }

  /**
   * Rule 5a: the 已参加 code of the local enrolment in an insured status — the latest {@code since},
   * then the smallest AAE140 — or {@code ""}.
   *
   * @since 0.1.0
   */
  public String getLocalStatus() {
    return person.getRecord().enrolments().stream()
        .filter(e -> e.elsewhere().isEmpty() && isActive(e))
        .min(Comparator.comparing((Enrolment e) -> e.since().orElse(""), Comparator.reverseOrder())
            .thenComparing(e -> e.insuranceType().orElse("")))
        .flatMap(e -> person.getParams().statusOfInsuranceType(e.insuranceType().orElse("")))
        .orElse("");
  }

  /**
   * Rule 5b: {@code 81} or {@code 82} for an enrolment elsewhere in an insured status, or {@code ""}.
   *
   * @since 0.1.0
   */
  public String getElsewhereStatus() {
    boolean inProvince = false;
    boolean outOfProvince = false;
    for (Enrolment e : person.getRecord().enrolments()) {
      if (e.elsewhere().isPresent() && isActive(e)) {
        inProvince |= e.elsewhere().get().equals(Elsewhere.IN_PROVINCE.name());
        outOfProvince |= e.elsewhere().get().equals(Elsewhere.OUT_OF_PROVINCE.name());
      }
    }
    return inProvince ? person.getParams().get("status.IN_PROVINCE") : outOfProvince ? person.getParams().get("status.OUT_OF_PROVINCE") : "";
  }

  /**
   * Rule 5c: the 已参加 code of a benefit of this insurance being paid (the smallest AAE140), a paid
   * disability allowance counting as a work-injury benefit — or {@code ""}.
   *
   * @since 0.1.0
   */
  public String getBenefitStatus() {
    Optional<String> type =
        person.getRecord().benefits().stream()
            .filter(b -> insurance.types().contains(b.insuranceType().orElse("")))
            .filter(b -> person.getParams().getPaidBenefitStatuses().contains(b.status().orElse("")))
            .map(Benefit::insuranceType)
            .flatMap(Optional::stream)
            .min(Comparator.naturalOrder());
    if (type.isEmpty() && person.isDisabilityAllowancePaid()) {
      type = insurance.types().stream().filter(person.getParams().getDisabilityAllowanceTypes()::contains).min(Comparator.naturalOrder());
    }
    return type.flatMap(t -> person.getParams().statusOfInsuranceType(t)).orElse("");
  }

  /**
   * Rule 5d: enrolments of this insurance exist and all are terminated.
   *
   * @since 0.1.0
   */
  public boolean isAllTerminated() {
    boolean any = false;
    for (Enrolment e : person.getRecord().enrolments()) {
      if (insurance.types().contains(e.insuranceType().orElse(""))) {
        any = true;
        if (!e.status().orElse("").equals(io.github.canbao.registration.codes.table.EnrolmentStatus.TERMINATED)) {
          return false;
        }
      }
    }
    return any;
  }

  /**
   * Decides this insurance's status on the person.
   *
   * @since 0.1.0
   */
  public void decide(String code, String rule, String because) {
    person.decide(insurance.field(), code, rule, because);
  }

  private boolean isActive(Enrolment e) {
    return insurance.types().contains(e.insuranceType().orElse(""))
        && person.getParams().getInsuredEnrolmentStatuses().contains(e.status().orElse(""));
  }

  @Override
  public String toString() {
    return "InsuranceLine[" + insurance.name() + ", " + person + "]";
  }
}
