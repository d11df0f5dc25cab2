package io.github.canbao.registration.model;

import io.github.canbao.registration.codes.Mask;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The values of a record's unknown keys (a vendor's own columns, kept for the round trip): an
 * unmodifiable copy in input order whose {@code toString} masks every phone or identity number in
 * it. The model cannot know what a vendor's column holds (a spouse's identity number, a second
 * mobile), and every record's {@code toString} prints this map.
 */
final class UnknownValues extends AbstractMap<String, Object> {

  private static final Map<String, Object> NONE = new UnknownValues(Map.of());

  private final Map<String, Object> values;

  private UnknownValues(Map<String, Object> values) {
    this.values = values;
  }

  /** An unmodifiable copy of {@code values} ({@code null}: none). */
  static Map<String, Object> copyOf(Map<String, Object> values) {
    if (values == null || values.isEmpty()) {
      return NONE;
    }
    return values instanceof UnknownValues ? values : new UnknownValues(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return values.entrySet();
  }

  @Override
  public Object get(Object key) {
    return values.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return values.containsKey(key);
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public String toString() {
    return Mask.numbersIn(values.toString());
  }
}
