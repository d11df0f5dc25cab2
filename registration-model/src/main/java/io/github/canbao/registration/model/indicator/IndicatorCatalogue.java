package io.github.canbao.registration.model.indicator;

import io.github.canbao.registration.model.RegistrationRecord;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every indicator field of the record model, read once from the {@link Indicator}
 * annotations on the records' components — the one list that the JSON and CSV mapping, the
 * validators and the messages share.
 *
 * <pre>{@code
 * IndicatorCatalogue catalogue = IndicatorCatalogue.registrationRecord();
 * catalogue.field("aac002").map(IndicatorField::name);          // Optional[公民身份号码]
 * catalogue.field("unit.aab004").map(IndicatorField::length);   // Optional[100]
 * catalogue.withCode("AAC002");                                  // the person's and the guardian's
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IndicatorCatalogue {

  private static final class RegistrationRecordCatalogue {
    static final IndicatorCatalogue INSTANCE = of(RegistrationRecord.class);
  }

  private final Class<? extends Record> root;
  private final List<IndicatorField> fields;
  private final Map<String, IndicatorField> byPath;

  private IndicatorCatalogue(Class<? extends Record> root, List<IndicatorField> fields) {
    this.root = root;
    this.fields = List.copyOf(fields);
    Map<String, IndicatorField> map = new LinkedHashMap<>();
    for (IndicatorField field : this.fields) {
      if (map.put(field.path(), field) != null) {
        throw new IllegalStateException("two fields at " + field.path());
      }
    }
    this.byPath = Map.copyOf(map);
  }

  /**
   * The catalogue of {@link RegistrationRecord}.
   *
   * @since 0.1.0
   */
  public static IndicatorCatalogue registrationRecord() {
    return RegistrationRecordCatalogue.INSTANCE;
  }

  /**
   * The catalogue of any record type whose components carry {@link Indicator}s (a locality's own
   * record type, for instance).
   *
   * @throws IllegalArgumentException if the type has no indicator component
   * @since 0.1.0
   */
  public static IndicatorCatalogue of(Class<? extends Record> type) {
    List<IndicatorField> fields = new ArrayList<>();
    collect(type, "", fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException(type.getName() + " has no @Indicator component");
    }
    return new IndicatorCatalogue(type, fields);
  }

  /**
   * The record type this catalogue describes.
   *
   * @since 0.1.0
   */
  public Class<? extends Record> root() {
    return root;
  }

  /**
   * Every field, depth first in component order (a group's fields follow the group).
   *
   * @since 0.1.0
   */
  public List<IndicatorField> fields() {
    return fields;
  }

  /**
   * The fields directly on the root record.
   *
   * @since 0.1.0
   */
  public List<IndicatorField> topLevel() {
    return fields.stream().filter(f -> f.owner() == root).toList();
  }


  /**
   * The field at {@code path}, e.g. {@code aac002}, {@code unit.aab004}, {@code enrolments[].aac008}.
   *
   * @since 0.1.0
   */
  public Optional<IndicatorField> field(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /**
   * The fields with a national indicator code.
   *
   * @since 0.1.0
   */
  public List<IndicatorField> withCode(String code) {
    return fields.stream().filter(f -> f.code().equals(code)).toList();
  }

  private static void collect(Class<? extends Record> type, String prefix, List<IndicatorField> out) {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    for (RecordComponent component : type.getRecordComponents()) {
      Indicator indicator = component.getAnnotation(Indicator.class);
      if (indicator == null) {
        continue;
      }
      String path = prefix + indicator.key();
      try {
        out.add(
            new IndicatorField(
                path,
                indicator.key(),
                indicator.code(),
                indicator.name(),
                indicator.type(),
                indicator.length(),
                indicator.table(),
                indicator.source(),
                indicator.derived(),
                type,
                component.getName(),
                lookup.unreflect(component.getAccessor())));
      } catch (IllegalAccessException e) {
        throw new IllegalArgumentException(type.getName() + " must be public to be catalogued", e);
      }
      Class<? extends Record> nested = nestedRecord(component.getGenericType());
      if (nested != null && hasIndicators(nested)) {
        String separator = indicator.type() == IndicatorType.LIST ? "[]." : ".";
        collect(nested, path + separator, out);
      }
    }
  }

  private static boolean hasIndicators(Class<? extends Record> type) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.isAnnotationPresent(Indicator.class)) {
        return true;
      }
    }
    return false;
  }

  /** The record type inside {@code Optional<R>}, {@code List<R>} or {@code R}, or null. */
  @SuppressWarnings("unchecked")
  private static Class<? extends Record> nestedRecord(Type type) {
    Type inner = type;
    if (type instanceof ParameterizedType parameterized
        && (parameterized.getRawType() == Optional.class || parameterized.getRawType() == List.class)) {
      inner = parameterized.getActualTypeArguments()[0];
    }
    if (inner instanceof Class<?> c && c.isRecord()) {
      return (Class<? extends Record>) c;
    }
    return null;
  }
}
