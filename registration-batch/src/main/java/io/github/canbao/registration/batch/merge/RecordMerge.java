package io.github.canbao.registration.batch.merge;

import io.github.canbao.registration.batch.insurance.Insurance;
import io.github.canbao.registration.batch.insurance.Insurances;
import io.github.canbao.registration.codes.identity.IdentityParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.indicator.Indicator;
import io.github.canbao.registration.model.json.RegistrationJson;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The merge of the records that share one key ({@code comparison-and-reports.md} §1, 人社厅发〔2015〕44号
 * 第八条, Changzhou 四(一)): one registration record per person, with provenance and findings.
 *
 * <pre>{@code
 * RecordMerge merge = RecordMerge.standard();
 * List<RegistrationRecord> out = merge.merge(List.of(
 *     SourcedRecord.of(Source.of("公安", 2), fromPublicSecurity),
 *     SourcedRecord.of(Source.of("医保", 1), fromMedical)));
 * }</pre>
 *
 * <ol>
 *   <li>The key of each record is normalised ({@link RegistrationKey}); a record whose key is
 *       invalid is not merged: it comes out alone with an {@value #INVALID_KEY} finding.
 *   <li>Records whose names or birth dates disagree (after trimming and full-width folding; an
 *       absent value agrees with any) are not one person: each comes out alone with a {@value
 *       #SAME_KEY_DIFFERENT_PERSON} finding (同号不同人).
 *   <li>Otherwise each field takes the value of the highest-priority source, then the most recent
 *       {@code AAE036}, then (for determinism only) the smaller source name and value text. A field
 *       on which sources disagree gets a {@value #CONFLICT} finding per other value ({@code derived}
 *       holds the value kept, {@code given} the other), except on the handler, review and comparison
 *       time fields, which differ between sources by nature. Enrolments, benefits, evidence and the
 *       findings the sources carried are unions; every merged field's source is kept in {@code
 *       provenance} as {@code key=source} ({@code key=A+B} for a union).
 *   <li>Each record that comes out is checked for {@value #DUPLICATE_ENROLMENT} and {@value
 *       #DUPLICATE_BENEFIT} ({@link Insurance#duplicateEnrolment}).
 * </ol>
 *
 * <p>The result depends only on the set of records given, never on their order. Explanations and
 * violations of the inputs are dropped (they describe a derivation and validation of another
 * record); so are {@code needsSurvey} and {@code surveyReasons}, set again by marking. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class RecordMerge {

  /**
   * The social security number is invalid or missing: the record is not merged.
   *
   * @since 0.1.0
   */
  public static final String INVALID_KEY = "INVALID_KEY";

  /**
   * Same key, different name or birth date (同号不同人): none of the group's records is merged.
   *
   * @since 0.1.0
   */
  public static final String SAME_KEY_DIFFERENT_PERSON = "SAME_KEY_DIFFERENT_PERSON";

  /**
   * Sources disagree on a field.
   *
   * @since 0.1.0
   */
  public static final String CONFLICT = "CONFLICT";

  /**
   * Two active enrolments in the same insurance (重复参保).
   *
   * @since 0.1.0
   */
  public static final String DUPLICATE_ENROLMENT = "DUPLICATE_ENROLMENT";

  /**
   * Two benefits paid in the same insurance (重复享受待遇).
   *
   * @since 0.1.0
   */
  public static final String DUPLICATE_BENEFIT = "DUPLICATE_BENEFIT";

  /** Record keys merged as unions. */
  private static final Set<String> UNIONS = Set.of("enrolments", "benefits", "evidence", "currentInsurance", "uninsuredInsurances");

  /** Record keys dropped from the inputs (recomputed after the merge or stale). */
  private static final Set<String> DROPPED = Set.of("explanations", "violations", "provenance", "needsSurvey", "surveyReasons");

  /**
   * Record keys merged like any field but never reported as a {@value #CONFLICT}: the handling and
   * review fields and the comparison time describe each source's own processing, and differ
   * between sources by nature.
   */
  private static final Set<String> NO_CONFLICT = Set.of("aae011", "aae036", "aae014", "aae015", "comparedAt");

  /**
   * The merge's own findings. A source that carries them (the output of an earlier merge) does not
   * pass them on: this merge finds them again on the records it makes, so merging a merge's output
   * gives each finding once, and none that no longer holds.
   */
  private static final Set<String> OWN_CODES =
      Set.of(INVALID_KEY, SAME_KEY_DIFFERENT_PERSON, CONFLICT, DUPLICATE_ENROLMENT, DUPLICATE_BENEFIT);

  private static final ObjectMapper JSON = RegistrationJson.mapper();
  private static final RecordComponent[] COMPONENTS = RegistrationRecord.class.getRecordComponents();
  private static final Constructor<RegistrationRecord> CANONICAL = canonical();
  private static final String[] KEYS = keys();
  private static final int PROVENANCE = index("provenance");
  private static final int FINDINGS = index("findings");
  private static final boolean[] IS_DROPPED = flags(DROPPED);
  private static final boolean[] IS_UNION = flags(UNIONS);

  private final IdentityParser parser;
  private final List<Insurance> insurances;

  private RecordMerge(IdentityParser parser, List<Insurance> insurances) {
    this.parser = parser;
    this.insurances = insurances;
  }

  /**
   * A merge with the standard identity parser and the bundled insurances.
   *
   * @since 0.1.0
   */
  public static RecordMerge standard() {
    return new RecordMerge(IdentityParser.standard(), Insurances.bundled());
  }

  /**
   * The same merge reading keys with {@code identityParser} (a locality's patterns, a strict parser).
   *
   * @since 0.1.0
   */
  public RecordMerge withParser(IdentityParser identityParser) {
    return new RecordMerge(Objects.requireNonNull(identityParser, "identityParser"), insurances);
  }

  /**
   * The parser the keys are read with.
   *
   * @since 0.1.0
   */
  public IdentityParser parser() {
    return parser;
  }

  /**
   * The key of a social security number as given, as this merge reads it.
   *
   * @since 0.1.0
   */
  public RegistrationKey keyOf(CharSequence number) {
    return RegistrationKey.parse(number, parser);
  }

  /**
   * The key of a record, as this merge reads it.
   *
   * @since 0.1.0
   */
  public RegistrationKey keyOf(RegistrationRecord record) {
    return RegistrationKey.of(record, parser);
  }

  /**
   * Merges records that may have different keys: grouped by key, each group merged, the output in
   * key order, then the records that could not be merged.
   *
   * @throws NullPointerException if {@code records} is or holds null
   * @since 0.1.0
   */
  public List<RegistrationRecord> merge(List<SourcedRecord> records) {
    Map<String, List<SourcedRecord>> groups = new TreeMap<>();
    List<SourcedRecord> invalid = new ArrayList<>();
    for (SourcedRecord r : records) {
      RegistrationKey key = keyOf(r.record());
      if (key.isValid()) {
        groups.computeIfAbsent(key.value().orElseThrow(), k -> new ArrayList<>()).add(r);
      } else {
        invalid.add(r);
      }
    }
    List<RegistrationRecord> out = new ArrayList<>();
    groups.forEach((key, group) -> out.addAll(mergeGroup(key, group)));
    invalid.sort(CANONICAL_ORDER);
    invalid.forEach(r -> out.add(unmergeable(r)));
    return List.copyOf(out);
  }

  /**
   * Merges one group of records that share the (normalised) key {@code key}: one record when they
   * are one person, else each record alone with {@value #SAME_KEY_DIFFERENT_PERSON}.
   *
   * @since 0.1.0
   */
  public List<RegistrationRecord> mergeGroup(String key, List<SourcedRecord> group) {
    Objects.requireNonNull(key, "key");
    if (!onePerson(group)) {
      // Each record alone, in an order that depends on their content only.
      List<SourcedRecord> sorted = new ArrayList<>(group);
      sorted.sort(CANONICAL_ORDER);
      List<RegistrationRecord> out = new ArrayList<>();
      for (SourcedRecord r : sorted) {
        RegistrationRecord alone = single(r, key);
        out.add(withDuplicates(alone.toBuilder()
            .findings(addFindings(alone.findings(), List.of(Finding.of(SAME_KEY_DIFFERENT_PERSON, "aac002", null, null))))
            .build()));
      }
      return out;
    }
    // Every choice of the field merge is made on content (priority, recency, source name, value),
    // so the order of the group does not matter.
    return List.of(withDuplicates(fieldMerge(key, group)));
  }

  /**
   * A record whose key is invalid: alone, with {@value #INVALID_KEY} (the number as given, the error codes).
   *
   * @since 0.1.0
   */
  public RegistrationRecord unmergeable(SourcedRecord r) {
    RegistrationKey key = keyOf(r.record());
    RegistrationRecord alone = single(r, null);
    Finding invalid = Finding.of(INVALID_KEY, "aac002",
        r.record().socialSecurityNumber().map(SocialSecurityNumber::value).orElse(null), String.join("|", key.errors()));
    return withDuplicates(alone.toBuilder().findings(addFindings(alone.findings(), List.of(invalid))).build());
  }

  // ---------------------------------------------------------------------------------------------

  /** Records in an order that depends on their content only: source, then the record's text. */
  private static final Comparator<SourcedRecord> CANONICAL_ORDER =
      Comparator.comparing((SourcedRecord r) -> r.source().name())
          .thenComparing(r -> -r.source().priority())
          .thenComparing(r -> json(r.record()));

  private boolean onePerson(List<SourcedRecord> group) {
    Set<String> names = new TreeSet<>();
    Set<String> births = new TreeSet<>();
    for (SourcedRecord r : group) {
      r.record().name().map(RecordMerge::fold).filter(s -> !s.isEmpty()).ifPresent(names::add);
      r.record().birthDate().map(RecordMerge::digits).filter(s -> !s.isEmpty()).ifPresent(births::add);
    }
    return names.size() <= 1 && births.size() <= 1;
  }

  /** One record, not merged: its own values, its key normalised when valid, provenance from its source. */
  private RegistrationRecord single(SourcedRecord r, String key) {
    Object[] values = new Object[COMPONENTS.length];
    List<String> provenance = new ArrayList<>();
    for (int i = 0; i < COMPONENTS.length; i++) {
      RecordComponent c = COMPONENTS[i];
      String k = KEYS[i];
      Object value = read(i, r.record());
      if (IS_DROPPED[i]) {
        value = c.getType() == Optional.class ? Optional.empty() : List.of();
      } else if (k.equals("aac002") && key != null) {
        value = Optional.of(SocialSecurityNumber.of(key));
      } else if (k.equals("findings")) {
        value = carried(r.record());
      }
      values[i] = value;
      if (present(value) && !k.equals("findings") && !k.equals("unknown")) {
        provenance.add(k + "=" + r.source().name());
      }
      if (k.equals("unknown")) {
        ((Map<?, ?>) value).keySet().forEach(u -> provenance.add(u + "=" + r.source().name()));
      }
    }
    values[PROVENANCE] = provenance;
    return construct(values);
  }

  private RegistrationRecord fieldMerge(String key, List<SourcedRecord> group) {
    Object[] values = new Object[COMPONENTS.length];
    List<String> provenance = new ArrayList<>();
    List<Finding> conflicts = new ArrayList<>();
    List<Finding> carried = new ArrayList<>();
    Map<SourcedRecord, String> recency = new java.util.IdentityHashMap<>();
    group.forEach(r -> recency.put(r, recency(r.record())));
    for (int i = 0; i < COMPONENTS.length; i++) {
      RecordComponent c = COMPONENTS[i];
      String k = KEYS[i];
      if (IS_DROPPED[i]) {
        values[i] = c.getType() == Optional.class ? Optional.empty() : List.of();
      } else if (k.equals("aac002")) {
        values[i] = Optional.of(SocialSecurityNumber.of(key));
        provenance.add(k + "=" + sourcesHaving(group, r -> r.record().socialSecurityNumber().isPresent()));
      } else if (k.equals("findings")) {
        group.forEach(r -> carried.addAll(carried(r.record())));
        values[i] = List.of();
      } else if (k.equals("unknown")) {
        values[i] = mergeUnknown(group, recency, provenance, conflicts);
      } else if (IS_UNION[i]) {
        values[i] = union(group, i, k, provenance);
      } else {
        List<Candidate> candidates = new ArrayList<>();
        for (SourcedRecord r : group) {
          Object v = read(i, r.record());
          if (v instanceof Optional<?> o && o.isPresent()) {
            candidates.add(new Candidate(o.get(), r, recency.get(r)));
          }
        }
        values[i] = decide(k, candidates, provenance, conflicts).map(Optional::of).orElse(Optional.empty());
      }
    }
    values[PROVENANCE] = provenance;
    values[FINDINGS] = addFindings(carried, conflicts);
    return construct(values);
  }

  private record Candidate(Object value, SourcedRecord from, String recency) {}

  /** Whether {@code code} is one this merge finds itself (and so never passes on from a source). */
  static boolean ownCode(String code) {
    return OWN_CODES.contains(code);
  }

  private static List<Finding> carried(RegistrationRecord record) {
    return record.findings().stream().filter(f -> !OWN_CODES.contains(f.code())).toList();
  }

  /** A text of white space only: a source that gives it has no value for the field. */
  private static boolean blank(Object value) {
    return value instanceof String text && text.isBlank();
  }

  /** The winning value among candidates, its provenance, and a conflict finding per other value. */
  private Optional<Object> decide(String k, List<Candidate> candidates, List<String> provenance, List<Finding> conflicts) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    // A blank text is no value: it neither beats a value of a lower-priority source nor conflicts
    // with it (an empty CSV cell is absent already; "" in JSON Lines must not mean more). Kept only
    // when every source has it blank.
    // (A loop, not streams: this runs for every field of every merged person.)
    boolean anyBlank = false;
    boolean anyValue = false;
    for (Candidate c : candidates) {
      if (blank(c.value())) {
        anyBlank = true;
      } else {
        anyValue = true;
      }
    }
    if (anyBlank && anyValue) {
      candidates.removeIf(c -> blank(c.value()));
    }
    candidates.sort(WINNER_FIRST);
    Candidate winner = candidates.get(0);
    provenance.add(k + "=" + winner.from().source().name());
    String kept = text(winner.value());
    Set<String> others = new TreeSet<>();
    if (candidates.size() > 1) {
      boolean plain = winner.value() instanceof String;
      String keptFolded = plain ? fold(kept) : kept;
      for (int i = 1; i < candidates.size(); i++) {
        Object v = candidates.get(i).value();
        if (v.equals(winner.value())) {
          continue;
        }
        String t = text(v);
        if (!(plain ? fold(t) : t).equals(keptFolded)) {
          others.add(t);
        }
      }
    }
    if (!NO_CONFLICT.contains(k)) {
      others.forEach(o -> conflicts.add(Finding.of(CONFLICT, k, o, kept)));
    }
    return Optional.of(winner.value());
  }

  /** Priority (high first), then recency of AAE036 (recent first), then source name, then value text. */
  private static final Comparator<Candidate> WINNER_FIRST =
      Comparator.comparing((Candidate c) -> -c.from().source().priority())
          .thenComparing(Candidate::recency, Comparator.reverseOrder())
          .thenComparing(c -> c.from().source().name())
          .thenComparing(c -> text(c.value()));

  private Map<String, Object> mergeUnknown(
      List<SourcedRecord> group, Map<SourcedRecord, String> recency, List<String> provenance, List<Finding> conflicts) {
    Map<String, List<Candidate>> byKey = new TreeMap<>();
    for (SourcedRecord r : group) {
      r.record().unknown().forEach((k, v) -> {
        if (v != null) {
          byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(new Candidate(v, r, recency.get(r)));
        }
      });
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    byKey.forEach((k, candidates) -> decide(k, candidates, provenance, conflicts).ifPresent(v -> merged.put(k, v)));
    return merged;
  }

  private List<Object> union(List<SourcedRecord> group, int index, String k, List<String> provenance) {
    Map<Object, Object> distinct = new LinkedHashMap<>();
    Set<String> sources = new TreeSet<>();
    for (SourcedRecord r : group) {
      List<?> items = (List<?>) read(index, r.record());
      for (Object item : items) {
        distinct.putIfAbsent(item, item);
        sources.add(r.source().name());
      }
    }
    if (!sources.isEmpty()) {
      provenance.add(k + "=" + String.join("+", sources));
    }
    if (distinct.size() <= 1) {
      return new ArrayList<>(distinct.keySet());
    }
    Map<String, Object> byText = new TreeMap<>();
    for (Object item : distinct.keySet()) {
      byText.merge(text(item), item, (a, b) -> a);
    }
    return new ArrayList<>(byText.values());
  }

  private static String sourcesHaving(List<SourcedRecord> group, java.util.function.Predicate<SourcedRecord> having) {
    return group.stream().filter(having).map(r -> r.source().name()).distinct().sorted().collect(Collectors.joining("+"));
  }

  private RegistrationRecord withDuplicates(RegistrationRecord record) {
    List<Finding> found = new ArrayList<>();
    for (Insurance insurance : insurances) {
      if (insurance.duplicateEnrolment(record)) {
        found.add(Finding.of(DUPLICATE_ENROLMENT, "enrolments", types(insurance.activeEnrolments(record), e -> e.insuranceType()), insurance.key()));
      }
      if (insurance.duplicateBenefit(record)) {
        found.add(Finding.of(DUPLICATE_BENEFIT, "benefits", types(insurance.benefitsPaid(record), b -> b.insuranceType()), insurance.key()));
      }
    }
    return found.isEmpty() ? record : record.toBuilder().findings(addFindings(record.findings(), found)).build();
  }

  private static <T> String types(List<T> items, Function<T, Optional<String>> type) {
    return items.stream().map(i -> type.apply(i).orElse("")).sorted().collect(Collectors.joining("|"));
  }

  /** The findings with {@code more} added, without repeats, in a content-only order. */
  private static List<Finding> addFindings(List<Finding> findings, List<Finding> more) {
    Map<List<Object>, Finding> distinct = new TreeMap<>(Comparator.comparing(Object::toString));
    for (Finding f : findings) {
      distinct.putIfAbsent(List.of(f.code(), f.field(), f.given(), f.derived()), f);
    }
    for (Finding f : more) {
      distinct.putIfAbsent(List.of(f.code(), f.field(), f.given(), f.derived()), f);
    }
    return List.copyOf(distinct.values());
  }

  // ---------------------------------------------------------------------------------------------

  /** Trimmed, full-width folded to half-width (U+FF01–FF5E, U+3000), as names are compared. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '\uFF01' && ch <= '\uFF5E') {
        ch = (char) (ch - 0xFEE0);
      } else if (ch == '\u3000') {
        ch = ' ';
      }
      out.append(ch);
    }
    return out.toString().strip();
  }

  private static String digits(String text) {
    StringBuilder d = new StringBuilder(8);
    for (int i = 0; i < text.length() && d.length() < 8; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      } else if (c >= '\uFF10' && c <= '\uFF19') {
        d.append((char) (c - 0xFEE0));
      }
    }
    return d.toString();
  }

  /** AAE036 as 14 digits (yyyyMMddHHmmss, padded), so that ISO date-times and dates compare; "" when absent. */
  private static String recency(RegistrationRecord record) {
    if (record.handledAt().isEmpty()) {
      return "";
    }
    String text = record.handledAt().get();
    StringBuilder d = new StringBuilder(14);
    for (int i = 0; i < text.length() && d.length() < 14; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      } else if (c >= '\uFF10' && c <= '\uFF19') {
        d.append((char) (c - 0xFEE0));
      }
    }
    while (d.length() > 0 && d.length() < 14) {
      d.append('0');
    }
    return d.toString();
  }

  /** A value as text: itself for text, the full number (not the masked toString), else its JSON. */
  private static String text(Object value) {
    if (value instanceof String || value instanceof Boolean || value instanceof Number) {
      return value.toString();
    }
    if (value instanceof SocialSecurityNumber n) {
      return n.value();
    }
    if (value instanceof ContactNumber p) {
      return p.value();
    }
    return json(value);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static boolean present(Object value) {
    return value instanceof Optional<?> o ? o.isPresent() : value instanceof List<?> l ? !l.isEmpty() : false;
  }

  private static String keyOf(RecordComponent c) {
    Indicator indicator = c.getAnnotation(Indicator.class);
    return indicator != null ? indicator.key() : c.getName();
  }

  /** The accessors, with access checks suppressed once (they are public) rather than made on every call. */
  private static final java.lang.reflect.Method[] ACCESSORS = accessors();

  private static java.lang.reflect.Method[] accessors() {
    java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[COMPONENTS.length];
    for (int i = 0; i < accessors.length; i++) {
      accessors[i] = COMPONENTS[i].getAccessor();
      accessors[i].setAccessible(true);
    }
    return accessors;
  }

  private static boolean[] flags(Set<String> keys) {
    boolean[] flags = new boolean[COMPONENTS.length];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = keys.contains(KEYS[i]);
    }
    return flags;
  }

  private static String[] keys() {
    String[] keys = new String[COMPONENTS.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = keyOf(COMPONENTS[i]);
    }
    return keys;
  }

  private static int index(String key) {
    for (int i = 0; i < COMPONENTS.length; i++) {
      if (keyOf(COMPONENTS[i]).equals(key)) {
        return i;
      }
    }
    throw new IllegalStateException("RegistrationRecord has no component " + key);
  }

  private static Object read(int i, RegistrationRecord record) {
    try {
      return ACCESSORS[i].invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + KEYS[i], e);
    }
  }

  private static RegistrationRecord construct(Object[] values) {
    try {
      return CANONICAL.newInstance(values);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot build a RegistrationRecord", e);
    }
  }

  private static Constructor<RegistrationRecord> canonical() {
    Class<?>[] types = new Class<?>[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      types[i] = COMPONENTS[i].getType();
    }
    try {
      return RegistrationRecord.class.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("RegistrationRecord has no canonical constructor", e);
    }
  }
}
