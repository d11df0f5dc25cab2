package io.github.canbao.registration.testkit.person;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import io.github.canbao.registration.model.indicator.IndicatorField;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a record by indicator catalogue path ({@code aac002}, {@code unit.aab004},
 * {@code enrolments[].aac008}), the way validation names fields, and lists the guangdong required
 * fields as localities.md writes them — independently of the generator's own list.
 */
final class RecordPaths {

  static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.registrationRecord();

  /** localities.md, guangdong, "local hukou, all" (无单位类型 only when 就业状态 = 2, added below). */
  static final List<String> LOCAL_ALL =
      List.of(
          "aab301", // 行政区划代码
          "aac003", // 姓名
          "aac004", // 性别
          "aac002", // 社会保障号码
          "aac006", // 出生日期
          "aac010", // 户口所在地
          "aae006", // 常住所在地地址
          "hukouDivision", // 户口所在地行政区划代码
          "hukouStreetName", // 户口所在街道（乡镇）名称
          "hukouStreetCode", // 户口所在街道（乡镇）编号
          "hukouCommunityName", // 户口所在社区（村）名称
          "hukouCommunityCode", // 户口所在社区（村）编号
          "survivalState", // 生存状态
          "employmentState", // 就业状态
          "enrolmentCategory", // 参保状态
          "aae011", // 经办人
          "aae036", // 经办时间
          "aae014", // 复核人
          "aae015"); // 复核时间

  /** localities.md, guangdong, category 3 (无单位类型 and the unit's fields conditional, added below). */
  static final List<String> CATEGORY_3 =
      List.of(
          "aab301", "aac003", "aac004", "aac002", "aac006", "survivalState", "employmentState",
          "enrolmentCategory", "aae011", "aae036", "aae014", "aae015");

  /** 单位编号, 单位名称, 单位类型 — when employed at a unit. */
  static final List<String> UNIT = List.of("unit.aab001", "unit.aab004", "unit.aab019");

  /** For each insurance: 参保(待遇)状态, 参保日期, 参保地. */
  static final List<String> PER_INSURANCE = List.of("enrolments[].aac008", "enrolments[].since", "enrolments[].place");

  private RecordPaths() {}

  /** The guangdong required paths of a record of this category and employment state. */
  static List<String> required(int category, boolean employed) {
    List<String> paths = new ArrayList<>(category == 3 ? CATEGORY_3 : LOCAL_ALL);
    if (!employed) {
      paths.add("noUnitType");
    }
    if (category == 2) {
      paths.add("nonEnrolmentReason");
    } else {
      if (employed) {
        paths.addAll(UNIT);
      }
      paths.addAll(PER_INSURANCE);
    }
    return paths;
  }

  /** Every value at {@code path}: one or none for a plain field, one per element under a list. */
  static List<Object> values(RegistrationRecord record, String path) {
    List<Object> owners = List.of(record);
    String prefix = "";
    for (String part : path.split("\\.")) {
      boolean list = part.endsWith("[]");
      String fieldPath = prefix + (list ? part.substring(0, part.length() - 2) : part);
      IndicatorField field = CATALOGUE.field(fieldPath).orElseThrow(() -> new AssertionError("no field " + fieldPath));
      List<Object> next = new ArrayList<>();
      for (Object owner : owners) {
        field.valueIn(owner).ifPresent(v -> {
          if (list && v instanceof List<?> elements) {
            next.addAll(elements);
          } else {
            next.add(v);
          }
        });
      }
      owners = next;
      prefix = fieldPath + (list ? "[]." : ".");
    }
    return owners;
  }

  /** Whether every occurrence of the field at {@code path} has a value (each element, under a list). */
  static boolean isPresent(RegistrationRecord record, String path) {
    if (path.startsWith("enrolments[].")) {
      return !record.enrolments().isEmpty() && values(record, path).size() == record.enrolments().size();
    }
    List<Object> values = values(record, path);
    return !values.isEmpty() && values.stream().noneMatch(v -> v instanceof String s && s.isBlank());
  }

  /** The catalogue paths of fields that hold values, not groups: what a defect may change. */
  static List<String> leafPaths() {
    List<String> paths = CATALOGUE.fields().stream().map(IndicatorField::path).toList();
    return paths.stream()
        .filter(p -> paths.stream().noneMatch(q -> q.startsWith(p + ".") || q.startsWith(p + "[].")))
        .toList();
  }

  /** The leaf paths whose values differ between two records. */
  static List<String> differences(RegistrationRecord a, RegistrationRecord b) {
    return leafPaths().stream().filter(p -> !values(a, p).equals(values(b, p))).toList();
  }
}
