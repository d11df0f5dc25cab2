package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import io.github.canbao.registration.model.indicator.IndicatorField;
import io.github.canbao.registration.model.indicator.IndicatorType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks the values of a record by its {@link IndicatorCatalogue}: every leaf with its concrete path
 * ({@code unit.aab004}, {@code enrolments[1].place}, {@code evidence[0]}), and the values at one
 * catalogue path. Immutable and thread-safe; one per record type.
 */
public final class RecordWalker {

  private static final ClassValue<RecordWalker> WALKERS =
      new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected RecordWalker computeValue(Class<?> type) {
          return new RecordWalker(
              type == RegistrationRecord.class
                  ? IndicatorCatalogue.registrationRecord()
                  : IndicatorCatalogue.of((Class<? extends Record>) type));
        }
      };

  private final IndicatorCatalogue catalogue;
  private final Map<String, List<IndicatorField>> children;

  private RecordWalker(IndicatorCatalogue catalogue) {
    this.catalogue = catalogue;
    Map<String, List<IndicatorField>> map = new LinkedHashMap<>();
    for (IndicatorField field : catalogue.fields()) {
      map.computeIfAbsent(parentOf(field.path()), k -> new ArrayList<>()).add(field);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.children = Map.copyOf(map);
  }

  /**
   * The walker of a record type.
   *
   * @throws IllegalArgumentException if the type has no indicator component
   */
  public static RecordWalker of(Class<? extends Record> type) {
    return WALKERS.get(type);
  }

  /** The catalogue walked. */
  public IndicatorCatalogue catalogue() {
    return catalogue;
  }

  /** Receives the leaves of a walk. */
  public interface Visitor {
    /** A leaf value, possibly absent; a list of plain values gives one leaf per element. */
    void leaf(Located at);

    /** A value that could not be read; the walk goes on without it. */
    void failed(IndicatorField field, String path, RuntimeException e);
  }

  /**
   * A value at a concrete path.
   *
   * @param field the catalogue field
   * @param path the concrete path, with element indexes
   * @param value the value, empty when absent
   */
  public record Located(IndicatorField field, String path, Optional<Object> value) {
    /** Checks that no part is null. */
    public Located {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Visits every leaf of {@code root}, depth first in catalogue order. */
  public void walk(Object root, Visitor visitor) {
    walk(root, "", "", visitor);
  }

  private void walk(Object owner, String parent, String prefix, Visitor visitor) {
    for (IndicatorField field : children.getOrDefault(parent, List.of())) {
      String path = prefix + field.key();
      Optional<Object> value;
      try {
        value = field.valueIn(owner);
      } catch (RuntimeException e) {
        visitor.failed(field, path, e);
        continue;
      }
      boolean nested = children.containsKey(field.path());
      if (field.type() == IndicatorType.LIST) {
        List<?> list = value.orElse(null) instanceof List<?> l ? l : List.of();
        for (int i = 0; i < list.size(); i++) {
          Object element = list.get(i);
          String elementPath = path + "[" + i + "]";
          if (!nested) {
            visitor.leaf(new Located(field, elementPath, Optional.ofNullable(element)));
          } else if (element != null) {
            walk(element, field.path(), elementPath + ".", visitor);
          }
        }
      } else if (nested) {
        if (value.isPresent()) {
          walk(value.get(), field.path(), path + ".", visitor);
        }
      } else {
        visitor.leaf(new Located(field, path, value));
      }
    }
  }

  /**
   * The values at a catalogue path: one per list element for a path through a list ({@code
   * enrolments[].since}), none when the list is empty; one, absent, for a field of an absent group
   * ({@code unit.aab004} without a unit).
   *
   * @throws IllegalArgumentException if the path is not in the catalogue
   */
  public List<Located> locate(Object root, String path) {
    IndicatorField target =
        catalogue
            .field(path)
            .orElseThrow(() -> new IllegalArgumentException("no field " + path + " in the catalogue"));
    List<IndicatorField> chain = new ArrayList<>();
    for (IndicatorField f = target; f != null; ) {
      chain.add(0, f);
      String parent = parentOf(f.path());
      f = parent.isEmpty() ? null : catalogue.field(parent).orElse(null);
    }
    List<Located> found = new ArrayList<>();
    List<Object> owners = List.of(root);
    List<String> prefixes = List.of("");
    for (int k = 0; k < chain.size(); k++) {
      IndicatorField field = chain.get(k);
      boolean last = k == chain.size() - 1;
      List<Object> nextOwners = new ArrayList<>();
      List<String> nextPrefixes = new ArrayList<>();
      for (int o = 0; o < owners.size(); o++) {
        String here = prefixes.get(o) + field.key();
        Optional<Object> value = field.valueIn(owners.get(o));
        if (last) {
          found.add(new Located(target, here, value));
        } else if (field.type() == IndicatorType.LIST) {
          List<?> list = value.orElse(null) instanceof List<?> l ? l : List.of();
          for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != null) {
              nextOwners.add(list.get(i));
              nextPrefixes.add(here + "[" + i + "].");
            }
          }
        } else if (value.isPresent()) {
          nextOwners.add(value.get());
          nextPrefixes.add(here + ".");
        } else {
          // An absent group: its field is absent too, unless a list lies between (no elements).
          String rest = target.path().substring(field.path().length() + 1);
          if (!rest.contains("[]")) {
            found.add(new Located(target, here + "." + rest, Optional.empty()));
          }
        }
      }
      owners = nextOwners;
      prefixes = nextPrefixes;
    }
    return List.copyOf(found);
  }

  /**
   * Whether a value counts as given: not absent, not blank text, not a blank identity or phone
   * number, not an empty list.
   */
  public static boolean isPresent(Optional<Object> value) {
    if (value.isEmpty()) {
      return false;
    }
    Object v = value.get();
    if (v instanceof Collection<?> collection) {
      return !collection.isEmpty();
    }
    return !(isText(v) && text(v).isBlank());
  }

  /** The text of a value: a number's text as given, else {@code String.valueOf}. */
  public static String text(Object value) {
    if (value instanceof SocialSecurityNumber number) {
      return number.value();
    }
    if (value instanceof ContactNumber number) {
      return number.value();
    }
    return String.valueOf(value);
  }

  private static boolean isText(Object value) {
    return value instanceof CharSequence
        || value instanceof SocialSecurityNumber
        || value instanceof ContactNumber;
  }

  /** {@code unit.aab004} → {@code unit}, {@code enrolments[].since} → {@code enrolments}, {@code aac002} → "". */
  static String parentOf(String path) {
    int dot = path.lastIndexOf('.');
    if (dot < 0) {
      return "";
    }
    String parent = path.substring(0, dot);
    return parent.endsWith("[]") ? parent.substring(0, parent.length() - 2) : parent;
  }
}
