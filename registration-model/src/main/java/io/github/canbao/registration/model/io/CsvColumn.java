package io.github.canbao.registration.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.Explanation;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One CSV column and how its cell maps to the record's JSON ({@code record-format.md}, CSV). A cell
 * is read into the JSON tree of the record, which the Jackson mapping then binds, so that CSV and
 * JSON Lines share one mapping (dates, codes kept as given, strict booleans); it is written from
 * the record's JSON tree, or from the record itself for the rendered lists.
 */
sealed interface CsvColumn {

  /** The separator of the items of a rendered list in one cell. */
  String ITEM_SEPARATOR = "; ";

  /** The header name. */
  String name();

  /** Puts the non-empty {@code cell} into {@code record}. */
  void read(String cell, ObjectNode record) throws CellException;

  /** The cell of this column for {@code record}, whose JSON tree is {@code tree}; empty when absent. */
  String write(ObjectNode tree, RegistrationRecord record);

  /** A cell that does not fit its column; the row is unreadable. */
  final class CellException extends Exception {
    private static final long serialVersionUID = 1L;

    CellException(String message) {
      super(message, null, false, false);
    }
  }

  /** A scalar at a path of the record: {@code aac003}, {@code unit.aab004}, {@code workInjury.survivorPension.status}. */
  record Flat(String name, List<String> path) implements CsvColumn {
    @Override
    public void read(String cell, ObjectNode record) {
      ObjectNode parent = record;
      for (String key : path.subList(0, path.size() - 1)) {
        JsonNode child = parent.get(key);
        parent = child instanceof ObjectNode object ? object : parent.putObject(key);
      }
      parent.put(path.get(path.size() - 1), cell);
    }

    @Override
    public String write(ObjectNode tree, RegistrationRecord record) {
      JsonNode node = tree;
      for (String key : path) {
        node = node.path(key);
      }
      return text(node);
    }
  }

  /** A list of texts joined by {@code |}: {@code evidence}. */
  record Joined(String name) implements CsvColumn {
    @Override
    public void read(String cell, ObjectNode record) {
      ArrayNode array = record.putArray(name);
      for (String item : cell.split("\\|", -1)) {
        if (!item.isEmpty()) {
          array.add(item);
        }
      }
    }

    @Override
    public String write(ObjectNode tree, RegistrationRecord record) {
      List<String> items = new ArrayList<>();
      tree.path(name).forEach(item -> items.add(text(item)));
      return String.join("|", items);
    }
  }

  /**
   * One key of the list element for one insurance type ({@code AAE140}): {@code aac008_390} is the
   * {@code aac008} of the enrolment whose {@code aae140} is {@code 390}.
   */
  record Pivot(String name, String list, String key, String type) implements CsvColumn {

    /** The key that identifies an element: the insurance type. */
    static final String TYPE_KEY = "aae140";

    @Override
    public void read(String cell, ObjectNode record) {
      JsonNode existing = record.get(list);
      ArrayNode array = existing instanceof ArrayNode a ? a : record.putArray(list);
      ObjectNode element = find(array);
      if (element == null) {
        element = array.addObject().put(TYPE_KEY, type);
      }
      element.put(key, cell);
    }

    @Override
    public String write(ObjectNode tree, RegistrationRecord record) {
      JsonNode list = tree.path(this.list);
      ObjectNode element = list instanceof ArrayNode array ? find(array) : null;
      return element == null ? "" : text(element.path(key));
    }

    private ObjectNode find(ArrayNode array) {
      for (JsonNode element : array) {
        if (element instanceof ObjectNode object && type.equals(object.path(TYPE_KEY).asText(null))) {
          return object;
        }
      }
      return null;
    }
  }

  /** A key this library does not know: kept as text in the record's unknown keys. */
  record Unknown(String name) implements CsvColumn {
    @Override
    public void read(String cell, ObjectNode record) {
      record.put(name, cell);
    }

    @Override
    public String write(ObjectNode tree, RegistrationRecord record) {
      return text(tree.path(name));
    }
  }

  /**
   * {@code explanations}: each as {@link Explanation#describe()}, {@code field=value by rule "rule"
   * (because)}, joined by {@code "; "}.
   */
  record Explanations(String name) implements CsvColumn {

    // An item starts at "<key>=", so a "; " inside a because does not split it unless a key= follows.
    private static final Pattern SPLIT = Pattern.compile("; (?=[A-Za-z][A-Za-z0-9_.\\[\\]]*=)");
    private static final Pattern ITEM =
        Pattern.compile("([A-Za-z][A-Za-z0-9_.\\[\\]]*)=(.*?) by rule \"(.*?)\" \\((.*)\\)", Pattern.DOTALL);

    @Override
    public void read(String cell, ObjectNode record) throws CellException {
      ArrayNode array = record.putArray(name);
      String[] items = SPLIT.split(cell);
      for (int i = 0; i < items.length; i++) {
        Matcher m = ITEM.matcher(items[i]);
        if (!m.matches()) {
          throw new CellException(
              name + ": item " + (i + 1) + " is not in the form field=value by rule \"rule\" (because)");
        }
        array.addObject().put("field", m.group(1)).put("value", m.group(2)).put("rule", m.group(3)).put("because", m.group(4));
      }
    }

    @Override
    public String write(ObjectNode tree, RegistrationRecord record) {
      return join(record.explanations(), Explanation::describe);
    }
  }

  /**
   * {@code findings}: each as {@code CODE}, {@code CODE:field} or {@code CODE:field:given->derived},
   * joined by {@code "; "}.
   */
  record Findings(String name) implements CsvColumn {
    @Override
    public void read(String cell, ObjectNode record) {
      ArrayNode array = record.putArray(name);
      for (String item : cell.split(ITEM_SEPARATOR, -1)) {
        if (item.isBlank()) {
          continue;
        }
        String[] parts = item.split(":", 3);
        ObjectNode finding = array.addObject().put("code", parts[0]);
        if (parts.length > 1 && !parts[1].isEmpty()) {
          finding.put("field", parts[1]);
        }
        if (parts.length > 2) {
          int arrow = parts[2].indexOf("->");
          String given = arrow < 0 ? parts[2] : parts[2].substring(0, arrow);
          String derived = arrow < 0 ? "" : parts[2].substring(arrow + 2);
          if (!given.isEmpty()) {
            finding.put("given", given);
          }
          if (!derived.isEmpty()) {
            finding.put("derived", derived);
          }
        }
      }
    }

    @Override
    public String write(ObjectNode tree, RegistrationRecord record) {
      return join(record.findings(), Findings::describe);
    }

    private static String describe(Finding finding) {
      StringBuilder text = new StringBuilder(finding.code());
      boolean values = finding.given().isPresent() || finding.derived().isPresent();
      if (finding.field().isPresent() || values) {
        text.append(':').append(finding.field().orElse(""));
      }
      if (values) {
        text.append(':').append(finding.given().orElse("")).append("->").append(finding.derived().orElse(""));
      }
      return text.toString();
    }
  }

  /**
   * {@code violations}: each as {@code CODE:field}, with {@code :WARNING} added for a warning, joined
   * by {@code "; "}. The indicator is not written: on reading it is taken again from the field's
   * {@link io.github.canbao.registration.model.indicator.Indicator}.
   */
  record Violations(String name, Function<String, String> indicatorOf) implements CsvColumn {
    @Override
    public void read(String cell, ObjectNode record) {
      ArrayNode array = record.putArray(name);
      for (String item : cell.split(ITEM_SEPARATOR, -1)) {
        if (item.isBlank()) {
          continue;
        }
        String[] parts = item.split(":", 3);
        String field = parts.length > 1 ? parts[1] : "";
        ObjectNode violation =
            array.addObject().put("indicator", indicatorOf.apply(field)).put("field", field).put("code", parts[0]);
        if (parts.length > 2 && parts[2].equals(Severity.WARNING.name())) {
          violation.put("severity", Severity.WARNING.name());
        }
      }
    }

    @Override
    public String write(ObjectNode tree, RegistrationRecord record) {
      return join(record.violations(), Violations::describe);
    }

    private static String describe(Violation violation) {
      String text = violation.code();
      boolean warning = violation.severity() == Severity.WARNING;
      if (!violation.field().isEmpty() || warning) {
        text += ":" + violation.field();
      }
      return warning ? text + ":" + Severity.WARNING.name() : text;
    }
  }

  /**
   * A group or list key ({@code unit}, {@code enrolments}) used as a CSV column: its values belong in
   * the flattened columns, so its cells are not read.
   */
  record Group(String name) implements CsvColumn {
    @Override
    public void read(String cell, ObjectNode record) throws CellException {
      throw new CellException(name + " is a group; its values go in its flattened columns");
    }

    @Override
    public String write(ObjectNode tree, RegistrationRecord record) {
      return "";
    }
  }

  /** The cell text of a JSON value: a text as is, a number or boolean as written, a container as JSON. */
  private static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return "";
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private static <T> String join(List<T> items, Function<T, String> describe) {
    return items.stream().map(describe).collect(Collectors.joining(ITEM_SEPARATOR));
  }

  /** A new empty record tree. */
  static ObjectNode newRecord() {
    return JsonNodeFactory.instance.objectNode();
  }
}
