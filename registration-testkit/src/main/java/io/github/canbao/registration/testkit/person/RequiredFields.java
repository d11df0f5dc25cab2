package io.github.canbao.registration.testkit.person;

import io.github.canbao.registration.codes.table.EmploymentState;
import io.github.canbao.registration.codes.table.EnrolmentCategory;
import io.github.canbao.registration.model.RegistrationRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths of the fields the guangdong locality requires of one record, by its enrolment category
 * (002 二(一), 二(二); {@code localities.md}), with the conditions this project reads into them: the
 * unit's fields only when the person is employed at a unit, 无单位类型 only when not, and the
 * per-insurance fields only when there are enrolments to carry them.
 *
 * @param paths indicator catalogue paths, e.g. {@code aac002}, {@code unit.aab004},
 *     {@code enrolments[].aac008}
 */
record RequiredFields(List<String> paths) {

  private static final List<String> LOCAL =
      List.of(
          "aab301", "aac003", "aac004", "aac002", "aac006", "aac010", "aae006", "hukouDivision",
          "hukouStreetName", "hukouStreetCode", "hukouCommunityName", "hukouCommunityCode", "survivalState",
          "employmentState", "noUnitType", "enrolmentCategory", "aae011", "aae036", "aae014", "aae015");
  private static final List<String> NON_LOCAL =
      List.of(
          "aab301", "unit.aab001", "unit.aab004", "unit.aab019", "aac003", "aac004", "aac002", "aac006",
          "survivalState", "employmentState", "noUnitType", "enrolmentCategory", "aae011", "aae036", "aae014",
          "aae015");
  private static final List<String> UNIT = List.of("unit.aab001", "unit.aab004", "unit.aab019");
  private static final List<String> PER_INSURANCE =
      List.of("enrolments[].aac008", "enrolments[].since", "enrolments[].place");

  RequiredFields {
    paths = List.copyOf(paths);
  }

  /** The fields guangdong requires of {@code record}, read from its category and employment state. */
  static RequiredFields guangdong(RegistrationRecord record) {
    String category = record.enrolmentCategory().orElseThrow();
    boolean employed = record.employmentState().filter(EmploymentState.UNIT_EMPLOYED::equals).isPresent();
    List<String> paths = new ArrayList<>();
    switch (category) {
      case EnrolmentCategory.LOCAL_INSURED -> {
        paths.addAll(LOCAL);
        paths.addAll(UNIT);
        paths.addAll(PER_INSURANCE);
      }
      case EnrolmentCategory.LOCAL_NOT_INSURED -> {
        paths.addAll(LOCAL);
        paths.add("nonEnrolmentReason");
      }
      default -> {
        paths.addAll(NON_LOCAL);
        paths.addAll(PER_INSURANCE);
      }
    }
    if (!employed) {
      paths.removeAll(UNIT);
    } else {
      paths.remove("noUnitType");
    }
    if (record.enrolments().isEmpty()) {
      paths.removeAll(PER_INSURANCE);
    }
    return new RequiredFields(paths);
  }
}
