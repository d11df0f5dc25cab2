package io.github.canbao.registration.batch.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.Benefit;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordMergeTest {

  static final String A = "440106198001010019";
  static final String B = "440106199005050020";
  static final String C15 = "440106850303003";
  static final String C18 = "440106198503030036";
  static final String X = "44010619750101007X";
  static final String INVALID = "440106198001010012";

  static final Source GA = Source.of("公安", 2);
  static final Source YB = Source.of("医保", 1);
  static final Source YL = Source.of("养老", 1);

  private final RecordMerge merge = RecordMerge.standard();

  static RegistrationRecord.Builder person(String id, String name) {
    return RegistrationRecord.builder().socialSecurityNumber(SocialSecurityNumber.of(id)).name(name);
  }

  private static List<String> codes(RegistrationRecord r) {
    return r.findings().stream().map(Finding::code).toList();
  }

  @Test
  @DisplayName("comparison §1.1: a 15-digit number is upgraded and x upper-cased before grouping; an invalid one is INVALID_KEY and not merged")
  void keys() {
    List<RegistrationRecord> out = merge.merge(List.of(
        SourcedRecord.of(GA, person(C15, "李四").build()),
        SourcedRecord.of(YB, person(C18, "李四").residenceAddress("天河区2号").build()),
        SourcedRecord.of(GA, person(X.toLowerCase(), "赵六").build()),
        SourcedRecord.of(YB, person(X, "赵六").build()),
        SourcedRecord.of(GA, person(INVALID, "坏号").build())));
    assertThat(out).hasSize(3);
    assertThat(out.get(0).socialSecurityNumber().orElseThrow().value()).isEqualTo(X);
    assertThat(out.get(1).socialSecurityNumber().orElseThrow().value()).isEqualTo(C18);
    assertThat(out.get(1).residenceAddress()).contains("天河区2号");
    RegistrationRecord invalid = out.get(2);
    assertThat(invalid.socialSecurityNumber().orElseThrow().value()).isEqualTo(INVALID);
    assertThat(invalid.findings()).containsExactly(Finding.of("INVALID_KEY", "aac002", INVALID, "ID_CHECK_DIGIT"));
    assertThat(invalid.findings().get(0).toString()).doesNotContain(INVALID).contains("440106********0012");
  }

  @Test
  @DisplayName("comparison §1.2: same key, different name or birth date (after trimming and full-width folding) → SAME_KEY_DIFFERENT_PERSON, no merge")
  void sameKeyDifferentPerson() {
    List<RegistrationRecord> same = merge.merge(List.of(
        SourcedRecord.of(GA, person(B, " 王五 ").birthDate("19900505").build()),
        SourcedRecord.of(YB, person(B, "王五").birthDate("1990-05-05").build()),
        SourcedRecord.of(YL, RegistrationRecord.builder().socialSecurityNumber(SocialSecurityNumber.of(B)).build())));
    assertThat(same).hasSize(1);
    assertThat(codes(same.get(0))).doesNotContain("SAME_KEY_DIFFERENT_PERSON");

    List<RegistrationRecord> different = merge.merge(List.of(
        SourcedRecord.of(GA, person(B, "王五").build()),
        SourcedRecord.of(YB, person(B, "王小五").phone(ContactNumber.of("13900139000")).build())));
    assertThat(different).hasSize(2);
    assertThat(different).allSatisfy(r -> assertThat(codes(r)).containsExactly("SAME_KEY_DIFFERENT_PERSON"));
    assertThat(different).extracting(r -> r.name().orElseThrow()).containsExactly("王五", "王小五");
    assertThat(different.get(1).phone()).contains(ContactNumber.of("13900139000"));

    List<RegistrationRecord> fullWidth = merge.merge(List.of(
        SourcedRecord.of(GA, person(B, "ＡＢＣ").build()), SourcedRecord.of(YB, person(B, "ABC　").build())));
    assertThat(fullWidth).hasSize(1);
  }

  @Test
  @DisplayName("comparison §1.3: per field the highest priority wins, then the most recent aae036; CONFLICT with both values; provenance")
  void fieldMerge() {
    RegistrationRecord ga = person(A, "张三").phone(ContactNumber.of("13800138000")).residenceAddress("一号").handledAt("2026-01-01T00:00:00").build();
    RegistrationRecord yb = person(A, "张三").phone(ContactNumber.of("13900139000")).residenceAddress("二号").hukouPlace("天河").handledAt("2026-06-01T00:00:00").build();
    RegistrationRecord yl = person(A, "张三").residenceAddress("三号").handledAt("2026-03-01T00:00:00").build();
    RegistrationRecord out = merge.merge(List.of(SourcedRecord.of(YB, yb), SourcedRecord.of(GA, ga), SourcedRecord.of(YL, yl))).get(0);
    assertThat(out.phone()).contains(ContactNumber.of("13800138000"));
    assertThat(out.residenceAddress()).contains("一号");
    assertThat(out.hukouPlace()).contains("天河");
    assertThat(out.findings()).contains(
        Finding.of("CONFLICT", "phone", "13900139000", "13800138000"),
        Finding.of("CONFLICT", "aae006", "二号", "一号"),
        Finding.of("CONFLICT", "aae006", "三号", "一号"));
    assertThat(out.findings()).extracting(f -> f.field().orElse("")).doesNotContain("aae036");
    assertThat(out.provenance()).contains("phone=公安", "aae006=公安", "aac010=医保", "aac003=公安", "aac002=公安+养老+医保");
    assertThat(out.findings().toString()).doesNotContain("13900139000");

    // Equal priority: the most recent aae036 wins.
    RegistrationRecord recent = merge.merge(List.of(SourcedRecord.of(YB, yb), SourcedRecord.of(YL, yl))).get(0);
    assertThat(recent.residenceAddress()).contains("二号");
    assertThat(recent.provenance()).contains("aae006=医保");
  }

  @Test
  @DisplayName("comparison §1.3–1.4: enrolments and benefits are unions; two active pension or medical enrolments, two pensions paid → duplicates")
  void unionsAndDuplicates() {
    Enrolment e110 = Enrolment.of("110", "1", "20050101", "440100");
    Enrolment e310 = Enrolment.of("310", "1", "20100101", "440100");
    Enrolment e390 = Enrolment.of("390", "1", "20200101", "440100");
    Enrolment e410 = Enrolment.of("410", "1", "20200101", "440100");
    Enrolment e410b = Enrolment.of("410", "1", "20210101", "440300");
    RegistrationRecord out = merge.merge(List.of(
        SourcedRecord.of(GA, person(A, "张三").enrolments(List.of(e110, e310)).evidence(List.of("RETIRED")).build()),
        SourcedRecord.of(YB, person(A, "张三").enrolments(List.of(e310, e390, e410, e410b))
            .benefits(List.of(Benefit.of("110", "1"), Benefit.of("170", "1"))).build()))).get(0);
    assertThat(out.enrolments()).containsExactlyInAnyOrder(e110, e310, e390, e410, e410b);
    assertThat(out.benefits()).hasSize(2);
    assertThat(out.evidence()).containsExactly("RETIRED");
    assertThat(out.findings()).contains(
        Finding.of("DUPLICATE_ENROLMENT", "enrolments", "310|390", "medical"),
        Finding.of("DUPLICATE_BENEFIT", "benefits", "110|170", "pension"));
    assertThat(codes(out)).containsOnlyOnce("DUPLICATE_ENROLMENT");
    assertThat(out.provenance()).contains("enrolments=公安+医保", "benefits=医保");
  }

  @Test
  @DisplayName("comparison §1.3: unknown keys are merged like fields; stale explanations, violations and marks are dropped")
  void unknownKeys() {
    RegistrationRecord out = merge.merge(List.of(
        SourcedRecord.of(GA, person(A, "张三").unknown(Map.of("vendorId", "G1")).needsSurvey(true).surveyReasons(List.of("NOT_INSURED")).build()),
        SourcedRecord.of(YB, person(A, "张三").unknown(Map.of("vendorId", "Y1", "batch", 3)).build()))).get(0);
    assertThat(out.unknown()).containsEntry("vendorId", "G1").containsEntry("batch", 3);
    assertThat(out.needsSurvey()).isEmpty();
    assertThat(out.surveyReasons()).isEmpty();
    assertThat(out.findings()).contains(Finding.of("CONFLICT", "vendorId", "Y1", "G1"));
  }

  @Test
  @DisplayName("comparison §1.3: a blank text is no value: it does not beat a lower-priority value, nor conflict with it; kept when every source is blank")
  void blankIsNoValue() {
    RegistrationRecord out = merge.merge(List.of(
        SourcedRecord.of(GA, person(A, "张三").hukouPlace("").residenceAddress("  ").unknown(Map.of("vendorId", " ")).build()),
        SourcedRecord.of(YB, person(A, "张三").hukouPlace("广东省广州市天河区").residenceAddress("二号").unknown(Map.of("vendorId", "Y1")).build()))).get(0);
    assertThat(out.hukouPlace()).contains("广东省广州市天河区");
    assertThat(out.residenceAddress()).contains("二号");
    assertThat(out.unknown()).containsEntry("vendorId", "Y1");
    assertThat(out.provenance()).contains("aac010=医保", "aae006=医保", "vendorId=医保");
    assertThat(codes(out)).doesNotContain("CONFLICT");

    RegistrationRecord allBlank = merge.merge(List.of(
        SourcedRecord.of(GA, person(A, "张三").hukouPlace("").build()),
        SourcedRecord.of(YB, person(A, "张三").hukouPlace(" ").build()))).get(0);
    assertThat(allBlank.hukouPlace()).hasValueSatisfying(v -> assertThat(v).isBlank());
  }

  @Test
  @DisplayName("comparison §1.4: two benefits paid in the same insurance are DUPLICATE_BENEFIT in every insurance, not only pension and medical")
  void duplicateBenefitInEveryInsurance() {
    RegistrationRecord out = merge.merge(List.of(
        SourcedRecord.of(GA, person(A, "张三").benefits(List.of(Benefit.of("210", "1"), Benefit.of("410", "1"))).build()),
        SourcedRecord.of(YB, person(A, "张三").benefits(List.of(
            new Benefit(Optional.of("210"), Optional.of("1"), Optional.of("02"), Map.of()), Benefit.of("410", "2"))).build()))).get(0);
    assertThat(out.findings()).contains(Finding.of("DUPLICATE_BENEFIT", "benefits", "210|210", "unemployment"));
    assertThat(out.findings()).extracting(f -> f.derived().orElse("")).doesNotContain("workInjury"); // one of the two is paused
  }

  @Test
  @DisplayName("comparison §1: merging a merge's output finds each finding once, and drops the ones that no longer hold")
  void ownFindingsAreFoundAgainNotCarried() {
    Enrolment e110 = Enrolment.of("110", "1", "20050101", "440100");
    Enrolment e120 = Enrolment.of("120", "1", "20100101", "440100");
    RegistrationRecord first = merge.merge(List.of(
        SourcedRecord.of(GA, person(A, "张三").residenceAddress("一号").enrolments(List.of(e110)).build()),
        SourcedRecord.of(YB, person(A, "张三").residenceAddress("二号").enrolments(List.of(e120)).build()))).get(0);
    assertThat(codes(first)).containsExactlyInAnyOrder("CONFLICT", "DUPLICATE_ENROLMENT");

    // The merged record, merged again with a source that agrees and carries a vendor's own finding.
    Finding theirs = Finding.of("VENDOR_CHECK", "aac003", null, null);
    RegistrationRecord again = merge.merge(List.of(
        SourcedRecord.of(GA, first),
        SourcedRecord.of(YB, person(A, "张三").residenceAddress("一号").findings(List.of(theirs)).build()))).get(0);
    assertThat(codes(again)).containsExactlyInAnyOrder("DUPLICATE_ENROLMENT", "VENDOR_CHECK");

    RegistrationRecord alone = merge.unmergeable(SourcedRecord.of(GA, first.toBuilder()
        .socialSecurityNumber(SocialSecurityNumber.of(INVALID)).enrolments(List.of(e110)).build()));
    assertThat(codes(alone)).containsExactly("INVALID_KEY");
  }

  @Test
  @DisplayName("comparison §1.1: a blank number is a missing one (ID_MISSING), not a number of the wrong length")
  void blankKeyIsMissing() {
    RegistrationRecord out = merge.unmergeable(SourcedRecord.of(GA, person(" ", "张三").build()));
    assertThat(out.findings()).containsExactly(Finding.of("INVALID_KEY", "aac002", " ", "ID_MISSING"));
  }
}
