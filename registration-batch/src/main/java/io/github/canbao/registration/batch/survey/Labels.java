package io.github.canbao.registration.batch.survey;

import io.github.canbao.registration.batch.internal.BundledCsv;
import java.util.LinkedHashMap;
import java.util.Map;

/** A code → name list read from a CSV resource of this package (header {@code code,name,…}). */
record Labels(Map<String, String> names) {

  Labels {
    names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  static Labels load(String resource) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String[] cells : BundledCsv.rows(Labels.class, resource)) {
      names.put(cells[0], cells[1]);
    }
    return new Labels(names);
  }

  String nameOf(String code) {
    return names.getOrDefault(code, code);
  }

  boolean contains(String code) {
    return names.containsKey(code);
  }
}
