package io.github.canbao.registration.batch.survey;

import io.github.canbao.registration.batch.insurance.Insurance;
import io.github.canbao.registration.batch.insurance.Insurances;
import io.github.canbao.registration.batch.internal.ExternalSort;
import io.github.canbao.registration.codes.division.Division;
import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.codes.table.CodeBook;
import io.github.canbao.registration.codes.table.CodeTable;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.Unit;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The survey list (入户调查花名册 / 全民参保登记个人基础信息汇总表, {@code comparison-and-reports.md} §2;
 * 人社厅发〔2015〕44号 第十九条 附件2; Guangdong 附件4; Changzhou 四(二)3) as CSV: the people marked as
 * needing a survey, grouped by district → street (乡镇/街道) → community (村/社区) of the household
 * registration, ordered by residence address within a community.
 *
 * <pre>{@code
 * try (SurveyList list = SurveyList.open(writer, rules.codeBook(), Divisions.bundled(), tmp, SurveyList.DEFAULT_CHUNK_CHARS)) {
 *   for (RegistrationRecord r : derived) {
 *     NeedsSurvey.Assessment a = needsSurvey.assess(r);
 *     if (a.needsSurvey()) list.add(r, a);
 *   }
 *   list.finish();
 * }
 * }</pre>
 *
 * <p>Columns: the grouping (区县代码, 区县, 街道（乡镇）编号, 街道（乡镇）, 社区（村）编号, 社区（村）), then the
 * national summary table's (序号, 姓名, 公民身份号码, 就业状态, 单位全称, 无单位类型, 户口所在地, 常住所在地地址,
 * 联系电话, 现参保情况 as 养老 医疗 工伤 失业 生育, 备注), then 调查原因 (names, with the missing fields) and
 * 原因代码 (the codes, {@code |}-separated). Codes are written as their names in the locality's code
 * book; a code the book does not know is written as given. The list is data output: it holds the
 * full identity and phone numbers, as the national table requires. 序号 runs from 1 over the file.
 *
 * <p>Rows are sorted on disk like the merge ({@link ExternalSort}), so the list needs no more heap
 * than {@code 4 × chunkChars} bytes however many people it holds. Rows with the same grouping and
 * address are ordered by identity number. A part of the grouping that is absent sorts last (a
 * district is taken from {@code hukouDivision}, else the registering division {@code AAB301}).
 *
 * @since 0.1.0
 */
public final class SurveyList implements Closeable {

  /**
   * Default chunk of the on-disk sort: 8 Mi characters.
   *
   * @since 0.1.0
   */
  public static final long DEFAULT_CHUNK_CHARS = 8L << 20;

  /**
   * The header row.
   *
   * @since 0.1.0
   */
  public static final List<String> HEADER = List.of(
      "区县代码", "区县", "街道（乡镇）编号", "街道（乡镇）", "社区（村）编号", "社区（村）",
      "序号", "姓名", "公民身份号码", "就业状态", "单位全称", "无单位类型", "户口所在地", "常住所在地地址", "联系电话",
      "养老", "医疗", "工伤", "失业", "生育", "备注", "调查原因", "原因代码");

  private static final char CELL = '\u001F';
  private static final char PART = '\u0001';
  /** Sorts after any text: an absent part of the grouping comes last. */
  private static final String LAST = "\uFFFF";
  private static final int SERIAL_COLUMN = 6;

  private final Writer out;
  private final CodeBook codes;
  private final Divisions divisions;
  private final Path work;
  private final ExternalSort sort;
  private final List<Insurance> insurances = Insurances.bundled();
  private long written;

  private SurveyList(Writer out, CodeBook codes, Divisions divisions, Path work, long chunkChars) {
    this.out = out;
    this.codes = codes;
    this.divisions = divisions;
    this.work = work;
    this.sort = ExternalSort.create(work, chunkChars);
  }

  /**
   * A list written to {@code out} when {@link #finish()} is called.
   *
   * @param codes the locality's code book, for the names of codes
   * @param divisions the division names
   * @param temporaryDirectory where the sort may write its runs
   * @param chunkChars the sort's chunk size, in characters
   * @since 0.1.0
   */
  public static SurveyList open(Writer out, CodeBook codes, Divisions divisions, Path temporaryDirectory, long chunkChars)
      throws IOException {
    Files.createDirectories(temporaryDirectory);
    Path work = Files.createTempDirectory(temporaryDirectory, "registration-survey-list-");
    return new SurveyList(Objects.requireNonNull(out, "out"), Objects.requireNonNull(codes, "codes"),
        Objects.requireNonNull(divisions, "divisions"), work, chunkChars);
  }

  /**
   * Adds a person to the list (call it only for those who need a survey).
   *
   * @since 0.1.0
   */
  public void add(RegistrationRecord record, NeedsSurvey.Assessment assessment) throws IOException {
    List<String> cells = cells(record, assessment);
    sort.add(sortKey(record), cells.stream().map(SurveyList::clean).collect(Collectors.joining(String.valueOf(CELL))));
  }

  /**
   * Writes the header and the rows in list order, and returns the number of rows. Call once.
   *
   * @since 0.1.0
   */
  public long finish() throws IOException {
    writeRow(HEADER);
    try (ExternalSort.SortedEntries sorted = sort.sorted()) {
      while (sorted.hasNext()) {
        List<String> cells = new ArrayList<>(List.of(sorted.next().payload().split(String.valueOf(CELL), -1)));
        written++;
        cells.add(SERIAL_COLUMN, Long.toString(written));
        writeRow(cells);
      }
    }
    out.flush();
    return written;
  }

  @Override
  public void close() throws IOException {
    sort.close();
    try (var files = Files.list(work)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(work);
  }

  /** The cells of a row, without 序号. */
  List<String> cells(RegistrationRecord r, NeedsSurvey.Assessment a) {
    List<String> cells = new ArrayList<>();
    String district = district(r).orElse("");
    cells.add(district);
    cells.add(divisions.find(district).map(Division::name).orElse(""));
    cells.add(r.hukouStreetCode().orElse(""));
    cells.add(r.hukouStreetName().orElse(""));
    cells.add(r.hukouCommunityCode().orElse(""));
    cells.add(r.hukouCommunityName().orElse(""));
    cells.add(r.name().orElse(""));
    cells.add(r.socialSecurityNumber().map(SocialSecurityNumber::value).orElse(""));
    cells.add(named("employmentState", r.employmentState()));
    boolean employed = r.employmentState().map(String::strip).filter("1"::equals).isPresent();
    cells.add(employed ? r.unit().flatMap(Unit::unitName).orElse("") : "");
    cells.add(employed ? "" : named("noUnitType", r.noUnitType()));
    cells.add(r.hukouPlace().orElse(""));
    cells.add(r.residenceAddress().orElse(""));
    cells.add(r.phone().map(ContactNumber::value).orElse(""));
    for (Insurance insurance : insurances) {
      cells.add(named(insurance.statusKey().toUpperCase(java.util.Locale.ROOT), insurance.status(r)));
    }
    cells.add(named("changzhouOutcomeAction", r.outcomeAction()));
    List<String> reasons = new ArrayList<>();
    for (String code : a.reasons()) {
      String name = NeedsSurvey.reasonName(code);
      reasons.add(code.equals(NeedsSurvey.MISSING_REQUIRED_FIELD) ? name + "(" + String.join("、", a.missingFields()) + ")" : name);
    }
    cells.add(String.join("；", reasons));
    cells.add(String.join("|", a.reasons()));
    return cells;
  }

  private Optional<String> district(RegistrationRecord r) {
    return r.hukouDivision().or(r::divisionCode).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> s.length() > 6 ? s.substring(0, 6) : s);
  }

  private String sortKey(RegistrationRecord r) {
    return String.join(String.valueOf(PART),
        part(district(r)),
        part(r.hukouStreetCode().or(r::hukouStreetName)),
        part(r.hukouCommunityCode().or(r::hukouCommunityName)),
        part(r.residenceAddress()),
        part(r.socialSecurityNumber().map(SocialSecurityNumber::value)));
  }

  private static String part(Optional<String> value) {
    return value.map(String::strip).filter(s -> !s.isEmpty()).map(SurveyList::clean).orElse(LAST);
  }

  private String named(String table, Optional<String> code) {
    if (code.isEmpty() || code.get().isBlank()) {
      return "";
    }
    String c = code.get().strip();
    return codes.table(table).flatMap((CodeTable t) -> t.nameOf(c)).orElse(c);
  }

  /** Line breaks, tabs and the separators the sort uses become spaces. */
  private static String clean(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace(CELL, ' ').replace(PART, ' ');
  }

  private void writeRow(List<String> cells) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0) {
        line.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        line.append(c);
      }
    }
    line.append("\r\n");
    out.write(line.toString());
  }
}
