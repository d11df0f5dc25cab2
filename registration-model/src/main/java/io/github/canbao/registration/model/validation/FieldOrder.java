package io.github.canbao.registration.model.validation;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import io.github.canbao.registration.model.indicator.IndicatorField;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Orders violations as the catalogue orders fields: by field (a list's elements by index, each
 * element's fields in catalogue order), then by code in the order of {@link RecordValidator#codes()},
 * then by the rest, so that the same record always gives the same list (Hibernate Validator returns a
 * set in no order).
 */
final class FieldOrder implements Comparator<Violation> {

  private final Map<String, Integer> positions = new HashMap<>();
  private final Map<String, Integer> ranks = new HashMap<>();

  FieldOrder(IndicatorCatalogue catalogue, List<String> codes) {
    List<IndicatorField> fields = catalogue.fields();
    for (int i = 0; i < fields.size(); i++) {
      positions.put(fields.get(i).path(), i);
    }
    for (int i = 0; i < codes.size(); i++) {
      ranks.putIfAbsent(codes.get(i), i);
    }
  }

  @Override
  public int compare(Violation a, Violation b) {
    int byField = Arrays.compare(key(a.field()), key(b.field()));
    if (byField != 0) {
      return byField;
    }
    int byRank = Integer.compare(rank(a.code()), rank(b.code()));
    if (byRank != 0) {
      return byRank;
    }
    return Comparator.comparing(Violation::code)
        .thenComparing(Violation::indicator)
        .thenComparing(Violation::severity)
        .thenComparing(v -> new TreeMap<>(v.arguments()).toString())
        .compare(a, b);
  }

  private int rank(String code) {
    return ranks.getOrDefault(code, Integer.MAX_VALUE);
  }

  /** {@code enrolments[1].place} → [position of enrolments, 1, position of enrolments[].place]. */
  private int[] key(String field) {
    String[] parts = field.split("\\.");
    int[] key = new int[parts.length * 2];
    int n = 0;
    StringBuilder normalised = new StringBuilder();
    for (String part : parts) {
      int bracket = part.endsWith("]") ? part.indexOf('[') : -1;
      String name = bracket < 0 ? part : part.substring(0, bracket);
      if (normalised.length() > 0) {
        normalised.append('.');
      }
      normalised.append(name);
      key[n++] = positions.getOrDefault(normalised.toString(), Integer.MAX_VALUE);
      if (bracket >= 0) {
        key[n++] = index(part.substring(bracket + 1, part.length() - 1));
        normalised.append("[]");
      }
    }
    return Arrays.copyOf(key, n);
  }

  private static int index(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
