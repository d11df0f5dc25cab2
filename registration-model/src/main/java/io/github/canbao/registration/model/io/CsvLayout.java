package io.github.canbao.registration.model.io;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.table.Code;
import io.github.canbao.registration.codes.table.CodeTable;
import io.github.canbao.registration.codes.table.CodeTables;
import io.github.canbao.registration.model.Explanation;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import io.github.canbao.registration.model.indicator.IndicatorField;
import io.github.canbao.registration.model.indicator.IndicatorType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CSV columns of a {@link RegistrationRecord}, derived from the {@link IndicatorCatalogue} (one
 * source of truth: no second list of keys here), and the flattening of {@code record-format.md}:
 *
 * <ul>
 *   <li>a scalar indicator is a column named by its path: {@code aac003}, {@code unit.aab004},
 *       {@code workInjury.survivorPension.status};
 *   <li>a list of texts ({@code evidence}) is one column, its items joined by {@code |};
 *   <li>a list whose elements carry an insurance type ({@code aae140}) has a column per element key
 *       and type: {@code enrolments} as {@code <key>_<AAE140>} ({@code aac008_110}, and — this
 *       library's extension — {@code since_110}, {@code place_110}, {@code elsewhere_110}); {@code
 *       benefits} as {@code benefit_<AAE140>} for the payment status and {@code
 *       benefit<Key>_<AAE140>} for its other keys ({@code benefitKind_110});
 *   <li>{@code explanations}, {@code findings} and {@code violations} are rendered in one cell each
 *       ({@link CsvColumn.Explanations}, {@link CsvColumn.Findings}, {@link CsvColumn.Violations});
 *   <li>any other column is an unknown key, kept as text.
 * </ul>
 */
final class CsvLayout {

  /** The list whose element keys name their columns bare ({@code record-format.md}: {@code aac008_110}). */
  private static final String ENROLMENTS = "enrolments";

  /**
   * The national codes of the handler and review fields (人社厅发〔2015〕41号 附件1 表4). They are given,
   * not derived, but derivation fills them for data-cleaning records ({@code record-format.md},
   * "Fields that derivation writes"), so a CSV writer appends their columns after the derived ones.
   * Their keys are taken from the catalogue.
   */
  private static final Set<String> HANDLER_CODES = Set.of("AAE011", "AAE036", "AAE014", "AAE015");

  static final CsvLayout INSTANCE = new CsvLayout(IndicatorCatalogue.registrationRecord());

  private final IndicatorCatalogue catalogue;
  private final Map<String, CsvColumn> known = new LinkedHashMap<>();
  /** Pivot column stems ({@code aac008}, {@code benefit}) to their list and element key. */
  private final Map<String, String[]> stems = new LinkedHashMap<>();
  /** Top-level key to the columns it expands to, in catalogue order. */
  private final Map<String, List<String>> expansions = new LinkedHashMap<>();
  private final List<String> defaults;
  /**
   * The top-level keys a CSV writer appends, in this order: the derived indicators ({@link
   * IndicatorField#derived()}), the handler and review fields, then the rendered output lists
   * ({@code explanations}, {@code findings}, {@code violations}), each group in catalogue order.
   */
  private final List<String> appended;

  private CsvLayout(IndicatorCatalogue catalogue) {
    this.catalogue = catalogue;
    List<String> insuranceTypes = List.of();
    for (IndicatorField field : catalogue.topLevel()) {
      String key = field.key();
      switch (field.type()) {
        case GROUP -> {
          known.put(key, new CsvColumn.Group(key));
          expansions.put(key, flatColumnsUnder(key + "."));
        }
        case LIST -> {
          List<IndicatorField> elementFields = elementFields(key);
          if (elementFields.stream().anyMatch(f -> f.key().equals(CsvColumn.Pivot.TYPE_KEY))) {
            known.put(key, new CsvColumn.Group(key));
            if (insuranceTypes.isEmpty()) {
              insuranceTypes = insuranceTypes(elementFields);
            }
            expansions.put(key, pivotColumns(key, elementFields, insuranceTypes));
          } else {
            CsvColumn column = listColumn(field);
            known.put(key, column);
            expansions.put(key, List.of(key));
          }
        }
        default -> {
          known.put(key, new CsvColumn.Flat(key, List.of(key)));
          expansions.put(key, List.of(key));
        }
      }
    }
    this.appended = appendedKeys(catalogue.topLevel());
    List<String> all = new ArrayList<>();
    expansions.forEach((key, columns) -> {
      if (!appended.contains(key)) {
        all.addAll(columns);
      }
    });
    this.defaults = List.copyOf(all);
  }

  /** The column named {@code name}: known, a pivot column, or an unknown key. */
  CsvColumn column(String name) {
    CsvColumn column = known.get(name);
    if (column != null) {
      return column;
    }
    int underscore = name.lastIndexOf('_');
    if (underscore > 0 && underscore < name.length() - 1) {
      String[] target = stems.get(name.substring(0, underscore));
      if (target != null) {
        return new CsvColumn.Pivot(name, target[0], target[1], name.substring(underscore + 1));
      }
    }
    return new CsvColumn.Unknown(name);
  }

  /**
   * The columns a CSV writer writes: {@code given} (the input's columns, or when empty every
   * catalogue column and {@code extraKeys}), with a group or list key expanded to its flattened
   * columns, then each appended column not already there: the derived ones, the handler and review
   * fields, {@code explanations}, {@code findings} and {@code violations}.
   */
  List<String> outputColumns(List<String> given, Iterable<String> extraKeys) {
    Set<String> columns = new LinkedHashSet<>();
    if (given.isEmpty()) {
      columns.addAll(defaults);
      extraKeys.forEach(columns::add);
    } else {
      for (String name : given) {
        columns.addAll(expansions.getOrDefault(name, List.of(name)));
      }
    }
    for (String key : appended) {
      columns.addAll(expansions.get(key));
    }
    return List.copyOf(columns);
  }

  /** The keys of {@link #appended}, from the catalogue's top-level fields and the columns built for them. */
  private List<String> appendedKeys(List<IndicatorField> topLevel) {
    List<String> keys = new ArrayList<>();
    topLevel.stream().filter(IndicatorField::derived).map(IndicatorField::key).forEach(keys::add);
    List<String> handlers =
        topLevel.stream().filter(f -> HANDLER_CODES.contains(f.code())).map(IndicatorField::key).toList();
    if (handlers.size() != HANDLER_CODES.size()) {
      throw new IllegalStateException("handler fields " + handlers + " are not one for each of " + HANDLER_CODES);
    }
    keys.addAll(handlers);
    for (IndicatorField field : topLevel) {
      CsvColumn column = known.get(field.key());
      if (column instanceof CsvColumn.Explanations
          || column instanceof CsvColumn.Findings
          || column instanceof CsvColumn.Violations) {
        keys.add(field.key());
      }
    }
    return List.copyOf(keys);
  }

  /** The national indicator of a violation's field path ({@code enrolments[0].since} → its indicator), or the path. */
  String indicatorOf(String path) {
    return catalogue.field(path.replaceAll("\\[\\d+]", "[]")).map(IndicatorField::indicator).orElse(path);
  }

  private List<String> flatColumnsUnder(String prefix) {
    List<String> columns = new ArrayList<>();
    for (IndicatorField field : catalogue.fields()) {
      if (!field.path().startsWith(prefix) || field.path().contains("[]")) {
        continue;
      }
      if (field.type() == IndicatorType.GROUP) {
        known.put(field.path(), new CsvColumn.Group(field.path()));
      } else if (field.type() != IndicatorType.LIST) {
        known.put(field.path(), new CsvColumn.Flat(field.path(), List.of(field.path().split("\\."))));
        columns.add(field.path());
      }
    }
    return List.copyOf(columns);
  }

  private List<IndicatorField> elementFields(String list) {
    String prefix = list + "[].";
    return catalogue.fields().stream()
        .filter(f -> f.path().startsWith(prefix) && f.path().indexOf('.', prefix.length()) < 0)
        .toList();
  }

  private List<String> pivotColumns(String list, List<IndicatorField> elementFields, List<String> types) {
    List<String> columns = new ArrayList<>();
    for (IndicatorField field : elementFields) {
      if (field.key().equals(CsvColumn.Pivot.TYPE_KEY)) {
        continue;
      }
      String stem = stem(list, field.key());
      stems.put(stem, new String[] {list, field.key()});
      for (String type : types) {
        columns.add(stem + "_" + type);
      }
    }
    return List.copyOf(columns);
  }

  /** {@code aac008} for an enrolment key; {@code benefit} / {@code benefitKind} for a benefit's status / kind. */
  private static String stem(String list, String key) {
    if (list.equals(ENROLMENTS)) {
      return key;
    }
    String singular = list.endsWith("s") ? list.substring(0, list.length() - 1) : list;
    return key.equals("status") ? singular : singular + Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  /** The codes of the insurance-type table the {@code aae140} indicator names, for the default columns. */
  private static List<String> insuranceTypes(List<IndicatorField> elementFields) {
    String table =
        elementFields.stream()
            .filter(f -> f.key().equals(CsvColumn.Pivot.TYPE_KEY))
            .map(IndicatorField::table)
            .findFirst()
            .orElseThrow();
    CodeTable codes = CodeTables.bundled().table(table).orElseThrow(() -> new IllegalStateException("no table " + table));
    return codes.codes().stream().map(Code::code).toList();
  }

  private CsvColumn listColumn(IndicatorField field) {
    Class<?> element = elementType(field);
    if (element == String.class) {
      return new CsvColumn.Joined(field.key());
    }
    if (element == Explanation.class) {
      return new CsvColumn.Explanations(field.key());
    }
    if (element == Finding.class) {
      return new CsvColumn.Findings(field.key());
    }
    if (element == Violation.class) {
      return new CsvColumn.Violations(field.key(), this::indicatorOf);
    }
    throw new IllegalStateException("no CSV form for the list " + field.path());
  }

  private static Class<?> elementType(IndicatorField field) {
    for (RecordComponent component : field.owner().getRecordComponents()) {
      if (component.getName().equals(field.component())
          && component.getGenericType() instanceof ParameterizedType type
          && type.getActualTypeArguments()[0] instanceof Class<?> element) {
        return element;
      }
    }
    throw new IllegalStateException("no element type for " + field.path());
  }
}
