package io.github.canbao.registration.codes.table;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable code table: the values one indicator may take, in the order its source lists them.
 * Safe to share between threads.
 *
 * <pre>{@code
 * CodeTable sex = CodeTables.bundled().table(Sex.TABLE).orElseThrow();
 * sex.contains("1");                 // true
 * sex.nameOf("2");                   // Optional[女性]
 * sex.find("7");                     // Optional.empty(): an unknown code is not an error here
 * }</pre>
 *
 * <p>Lookups are exact: {@code " 1"} is not {@code "1"}. A code with stray whitespace is a data
 * problem that validation reports, not something a table should quietly repair.
 *
 * @since 0.1.0
 */
public final class CodeTable {

  private final String id;
  private final String name;
  private final String englishName;
  private final ImmutableList<Code> codes;
  private final ImmutableMap<String, Code> byCode;

  private CodeTable(String id, String name, String englishName, ImmutableList<Code> codes,
      ImmutableMap<String, Code> byCode) {
    this.id = id;
    this.name = name;
    this.englishName = englishName;
    this.codes = codes;
    this.byCode = byCode;
  }

  /**
   * A table of the given codes, in the given order.
   *
   * @param id the table id: the national indicator code (e.g. {@code AAC004}) or the record key
   *     (e.g. {@code noUnitType})
   * @param name the Chinese name, e.g. {@code 性别}
   * @param englishName the English name, e.g. {@code sex}
   * @param codes the values, in source order
   * @return the table
   * @throws NullPointerException if an argument or a code is null
   * @throws IllegalArgumentException if {@code id} is empty or two values share a code
   * @since 0.1.0
   */
  public static CodeTable of(String id, String name, String englishName, List<Code> codes) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(englishName, "englishName");
    checkArgument(!id.isEmpty(), "table id must not be empty");
    ImmutableList<Code> list = ImmutableList.copyOf(codes);
    Map<String, Code> index = new LinkedHashMap<>();
    for (Code code : list) {
      checkArgument(index.putIfAbsent(code.code(), code) == null,
          "duplicate code %s in table %s", code.code(), id);
    }
    return new CodeTable(id, name, englishName, list, ImmutableMap.copyOf(index));
  }

  /**
   * The table id: the national indicator code, or the record key where there is none.
   *
   * @return the id, e.g. {@code AAC004} or {@code noUnitType}
   * @since 0.1.0
   */
  public String id() {
    return id;
  }

  /**
   * The Chinese name of the table.
   *
   * @return the name, e.g. {@code 性别}
   * @since 0.1.0
   */
  public String name() {
    return name;
  }

  /**
   * The English name of the table, as in the glossary.
   *
   * @return the name, e.g. {@code no-unit type}
   * @since 0.1.0
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The value with this code.
   *
   * @param code the code to look up, exactly as written
   * @return the value, or empty when the table has no such code
   * @throws NullPointerException if {@code code} is null
   * @since 0.1.0
   */
  public Optional<Code> find(CharSequence code) {
    return Optional.ofNullable(byCode.get(code.toString()));
  }

  /**
   * Whether the table has this code. Allocates nothing when given a {@link String}.
   *
   * @param code the code to look up, exactly as written
   * @return whether the code is in the table
   * @throws NullPointerException if {@code code} is null
   * @since 0.1.0
   */
  public boolean contains(CharSequence code) {
    return byCode.containsKey(code.toString());
  }

  /**
   * Whether every value's code is this project's choice ({@link Provenance#ASSIGNED}): then the
   * name is what the source document prints, and a record may carry the name instead of the code
   * (Beijing's 数据来源 "居民医保", Suzhou's form values).
   *
   * @return whether the names are the authoritative values of this table
   * @since 0.1.0
   */
  public boolean isNameAuthoritative() {
    return !byCode.isEmpty() && byCode.values().stream().allMatch(c -> c.provenance() == Provenance.ASSIGNED);
  }

  /**
   * Whether a record may carry {@code value} for this table: a code of the table, or — when the
   * {@linkplain #isNameAuthoritative() names are authoritative} — one of its names.
   *
   * @param value the value, exactly as written
   * @return whether the value is acceptable
   * @since 0.1.0
   */
  public boolean accepts(CharSequence value) {
    String text = value.toString();
    if (byCode.containsKey(text)) {
      return true;
    }
    return isNameAuthoritative() && byCode.values().stream().anyMatch(c -> c.name().equals(text));
  }

  /**
   * The Chinese name of the value with this code.
   *
   * @param code the code to look up, exactly as written
   * @return the name, or empty when the table has no such code
   * @throws NullPointerException if {@code code} is null
   * @since 0.1.0
   */
  public Optional<String> nameOf(CharSequence code) {
    return find(code).map(Code::name);
  }

  /**
   * All values, in file order.
   *
   * @return an immutable list
   * @since 0.1.0
   */
  public List<Code> codes() {
    return codes;
  }

  /**
   * The number of values.
   *
   * @return the size
   * @since 0.1.0
   */
  public int size() {
    return codes.size();
  }

  /**
   * This table with a locality's rows applied: a value whose code is already here replaces it in
   * place, a new code is added at the end, in the order {@code overrides} lists them. The id and
   * names stay this table's.
   *
   * @param overrides rows for the same table id
   * @return the merged table; this table when {@code overrides} is empty
   * @throws NullPointerException if {@code overrides} is null
   * @throws IllegalArgumentException if {@code overrides} has another id: merging two different
   *     tables is always a mistake
   * @since 0.1.0
   */
  public CodeTable withOverrides(CodeTable overrides) {
    Objects.requireNonNull(overrides, "overrides");
    checkArgument(id.equals(overrides.id), "cannot merge table %s into table %s",
        overrides.id, id);
    if (overrides.codes.isEmpty()) {
      return this;
    }
    // LinkedHashMap keeps a replaced key in its first position, which is the order we promise.
    Map<String, Code> merged = new LinkedHashMap<>(byCode);
    for (Code code : overrides.codes) {
      merged.put(code.code(), code);
    }
    return new CodeTable(id, name, englishName, ImmutableList.copyOf(merged.values()),
        ImmutableMap.copyOf(merged));
  }

  /**
   * Equal when id, names and values (in order) are equal.
   *
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CodeTable that
        && id.equals(that.id)
        && name.equals(that.name)
        && englishName.equals(that.englishName)
        && codes.equals(that.codes);
  }

  /**
   * A hash over id, names and values.
   *
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, name, englishName, codes);
  }

  /**
   * A short form for logs: the id and the size, e.g. {@code CodeTable[AAC004, 4 codes]}.
   *
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "CodeTable[" + id + ", " + codes.size() + " codes]";
  }
}
