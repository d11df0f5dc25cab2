package io.github.canbao.registration.codes.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rows of a {@code divisions.csv} resource read into divisions, with every problem found.
 *
 * <p>The format is the one {@code tools/divisions/generate.mjs} writes: a header, then
 * {@code code,name,validFrom,validTo,parent} rows grouped by code and ordered by
 * {@code validFrom}. Names never contain a comma or a quote (the generator refuses them), so a
 * plain split is enough and no CSV library is needed.
 *
 * @param divisions the divisions built from the rows that were well-formed
 * @param problems one message per malformed row, with its line number; empty for good data
 */
record DivisionCsv(List<Division> divisions, List<String> problems) {

  static final String HEADER = "code,name,validFrom,validTo,parent";

  DivisionCsv {
    divisions = List.copyOf(divisions);
    problems = List.copyOf(problems);
  }

  /** Reads the whole resource; throws only for I/O failures, never for bad rows. */
  static DivisionCsv read(BufferedReader reader) throws IOException {
    List<Division> divisions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String header = reader.readLine();
    if (header == null || !HEADER.equals(stripBom(header))) {
      problems.add("line 1: header is not " + HEADER);
    }
    Group group = null;
    int lineNumber = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      Row row;
      try {
        row = Row.parse(line);
      } catch (IllegalArgumentException e) {
        problems.add("line " + lineNumber + ": " + e.getMessage());
        continue;
      }
      if (group != null && group.code.equals(row.code)) {
        int at = lineNumber;
        group.add(row).ifPresent(problem -> problems.add("line " + at + ": " + problem));
        continue;
      }
      if (group != null) {
        if (row.code.compareTo(group.code) < 0) {
          problems.add("line " + lineNumber + ": " + row.code + " is out of order or split");
        }
        divisions.add(group.toDivision());
      }
      group = new Group(row);
    }
    if (group != null) {
      divisions.add(group.toDivision());
    }
    checkParents(divisions, problems);
    return new DivisionCsv(divisions, problems);
  }

  private static void checkParents(List<Division> divisions, List<String> problems) {
    Set<String> codes = new HashSet<>();
    divisions.forEach(d -> codes.add(d.code()));
    for (Division division : divisions) {
      division.parentCode().filter(parent -> !codes.contains(parent)).ifPresent(parent ->
          problems.add(division.code() + ": parent " + parent + " is not in the data"));
    }
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  /** One well-formed row; {@link #parse} states what is wrong in its exception message. */
  private record Row(String code, DivisionName name, Optional<String> parent) {

    static Row parse(String line) {
      String[] fields = line.split(",", -1);
      if (fields.length != 5) {
        throw new IllegalArgumentException("expected 5 fields, found " + fields.length);
      }
      String code = fields[0];
      if (code.length() != 6 || Divisions.sixDigits(code, 0) < 0) {
        throw new IllegalArgumentException("code is not six digits: " + code);
      }
      String name = fields[1];
      if (name.isBlank() || !name.strip().equals(name) || name.contains("\"")) {
        throw new IllegalArgumentException(code + ": bad name '" + name + "'");
      }
      int from = year(code, fields[2]);
      OptionalInt to =
          fields[3].isEmpty() ? OptionalInt.empty() : OptionalInt.of(year(code, fields[3]));
      if (to.isPresent() && to.getAsInt() < from) {
        throw new IllegalArgumentException(code + ": validTo before validFrom");
      }
      DivisionLevel level = DivisionLevel.ofNumber(Divisions.sixDigits(code, 0));
      String parent = fields[4];
      if (level == DivisionLevel.PROVINCE != parent.isEmpty()) {
        throw new IllegalArgumentException(code + ": only a province has no parent");
      }
      if (!parent.isEmpty() && !isParentCode(code, parent, level)) {
        throw new IllegalArgumentException(code + ": " + parent + " cannot be its parent");
      }
      return new Row(code, new DivisionName(name, from, to),
          parent.isEmpty() ? Optional.empty() : Optional.of(parent));
    }

    /** A prefecture's parent is its province; a county's is its prefecture or its province. */
    private static boolean isParentCode(String code, String parent, DivisionLevel level) {
      String province = code.substring(0, 2) + "0000";
      String prefecture = code.substring(0, 4) + "00";
      return parent.equals(province) || level == DivisionLevel.COUNTY && parent.equals(prefecture);
    }

    private static int year(String code, String text) {
      if (text.length() != 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException(code + ": bad year '" + text + "'");
      }
      return Integer.parseInt(text);
    }
  }

  /** The rows of one code, which must share a parent and follow each other in time. */
  private static final class Group {
    private final String code;
    private final Optional<String> parent;
    private final List<DivisionName> names = new ArrayList<>();

    Group(Row first) {
      this.code = first.code;
      this.parent = first.parent;
      names.add(first.name);
    }

    /** Adds the row, or says why it does not fit. */
    Optional<String> add(Row row) {
      DivisionName last = names.get(names.size() - 1);
      if (!row.parent.equals(parent)) {
        return Optional.of(code + ": parent differs between rows");
      }
      if (last.validTo().isEmpty()) {
        return Optional.of(code + ": a row follows the current name");
      }
      if (row.name.validFrom() < last.validTo().getAsInt()) {
        return Optional.of(code + ": period overlaps the previous one");
      }
      if (row.name.name().equals(last.name())) {
        return Optional.of(code + ": same name as the previous row");
      }
      names.add(row.name);
      return Optional.empty();
    }

    Division toDivision() {
      return new Division(code, names, parent);
    }
  }
}
