# Generates RegistrationRecord.java from the field table below (kept out of the repo's build).
import re, textwrap
F = [
 # javaName, javaType, key, code, chinese, type, length, table, source, doc, derived
 # derived: the field is written by derivation (record-format.md, "Fields that derivation writes").
 # The handler fields aae011/aae036/aae014/aae015 are given fields that derivation fills only for
 # data-cleaning records: not derived.
 ("divisionCode","Optional<String>","aab301","AAB301","行政区划编码","CHARACTER",9,"AAB301","","Division code of the registering place (GB/T 2260, 6 digits, or 9 with the township extension)",False),
 ("personId","Optional<String>","aac001","AAC001","人员编号","NUMERIC",20,"","","The local system's person id",False),
 ("socialSecurityNumber","Optional<SocialSecurityNumber>","aac002","AAC002","公民身份号码","CHARACTER",18,"","","The social security number, the registration key (usually the citizen identity number), as given",False),
 ("name","Optional<String>","aac003","AAC003","姓名","CHARACTER",20,"","","Name",False),
 ("sex","Optional<String>","aac004","AAC004","性别","CHARACTER",1,"AAC004","","Sex (GB/T 2261.1-2003)",False),
 ("birthDate","Optional<String>","aac006","AAC006","出生日期","DATE",8,"","","Birth date, {@code YYYYMMDD}",False),
 ("personStatus","Optional<String>","aac012","AAC012","个人身份","CHARACTER",2,"AAC012","","Person status",False),
 ("hukouNature","Optional<String>","aac009","AAC009","户口性质","CHARACTER",2,"AAC009","","Nature of the household registration (户籍地类别)",False),
 ("hukouPlace","Optional<String>","aac010","AAC010","户口所在地","CHARACTER",150,"","","Place of household registration, by GB/T 2260 division name",False),
 ("residenceAddress","Optional<String>","aae006","AAE006","常住所在地地址","CHARACTER",150,"","","Residence address: division name, street or township, road or village, door and room",False),
 ("householdBookNumber","Optional<String>","aab401","AAB401","户口簿编号","CHARACTER",20,"","","Household register book number",False),
 ("familyNumber","Optional<String>","aab402","AAB402","家庭编号","CHARACTER",20,"","","Family number",False),
 ("hukouLocal","Optional<Boolean>","hukouLocal","","户籍在本省","BOOLEAN",0,"","record-format.md","Whether the household registration is in this province",False),
 ("hukouDivision","Optional<String>","hukouDivision","","户口所在地行政区划代码","CHARACTER",12,"AAB301","002 二(一)","Division code of the household registration",False),
 ("hukouStreetName","Optional<String>","hukouStreetName","","户口所在街道（乡镇）名称","CHARACTER",100,"","002 二(一)","Street or township of the household registration",False),
 ("hukouStreetCode","Optional<String>","hukouStreetCode","","户口所在街道（乡镇）编号","CHARACTER",20,"","002 二(一)","Code of the street or township of the household registration",False),
 ("hukouCommunityName","Optional<String>","hukouCommunityName","","户口所在社区（村）名称","CHARACTER",100,"","002 二(一)","Community or village of the household registration",False),
 ("hukouCommunityCode","Optional<String>","hukouCommunityCode","","户口所在社区（村）编号","CHARACTER",20,"","002 二(一)","Code of the community or village of the household registration",False),
 ("phone","Optional<ContactNumber>","phone","","联系电话","CHARACTER",20,"","002 二(一); 044 附件1","Contact phone: a mobile number or a landline with area code, as given",False),
 ("survivalState","Optional<String>","survivalState","","生存状态","CHARACTER",1,"survivalState","002 二(一)","Survival state",False),
 ("unit","Optional<Unit>","unit","","工作单位","GROUP",0,"","004 表1","The unit the person works for, when there is one",False),
 ("guardian","Optional<Guardian>","guardian","","监护人","GROUP",0,"","001 说明2","The guardian of a person under 16 or without civil capacity",False),
 ("enrolments","List<Enrolment>","enrolments","","参保信息","LIST",0,"","002 二(三); derivation.md","Enrolments known from the insurance business systems and the cross-region comparison",False),
 ("benefits","List<Benefit>","benefits","","待遇信息","LIST",0,"","derivation.md","Benefits known from the benefit systems",False),
 ("evidence","List<String>","evidence","","比对信息","LIST",0,"","002 二(三); derivation.md","Evidence flags from other departments' data (names of {@link Evidence})",False),
 ("workInjury","Optional<WorkInjury>","workInjury","","工伤待遇信息","GROUP",0,"","002 二(三)4-5","Work-injury disability and survivor pension data",False),
 ("dataSource","Optional<String>","dataSource","","数据来源","CHARACTER",20,"dataSource","000","Where a record not collected in person came from (Beijing)",False),
 ("collectedInPerson","Optional<Boolean>","collectedInPerson","","入户或见面采集","BOOLEAN",0,"","000 三(二)1-2","Whether the record was collected in person (入户调查、见面登记) rather than from community ledgers or by phone (Beijing)",False),
 ("currentInsurance","List<String>","currentInsurance","","现参保情况","LIST",0,"beijingCurrentInsurance","000 二 7","The insurances a surveyed person says they have (Beijing 现参保情况, names or codes of {@code beijingCurrentInsurance})",False),
 ("suzhou","Optional<SuzhouForm>","suzhou","","苏州市区全民社会保险登记信息采集表","GROUP",0,"","001 附件","Suzhou's collection form (信息采集表), when the record comes from it",False),
 # Written by registration-batch (comparison-and-reports.md §1, §3): not derived by the rules, so
 # they are neither compared nor appended as derived columns.
 ("provenance","List<String>","provenance","","字段来源","LIST",0,"","comparison-and-reports.md §1.3; 003 四(一)","Which source each merged field came from, one {@code <record key>=<source name>} entry a field, in catalogue order (written by the merge)",False),
 ("needsSurvey","Optional<Boolean>","needsSurvey","","需调查登记人员","BOOLEAN",0,"","comparison-and-reports.md §1.5; 004 第十一条","Whether the person needs a household survey (written by needs-survey marking; {@code false} once nothing is missing)",False),
 ("surveyReasons","List<String>","surveyReasons","","需调查原因","LIST",0,"","comparison-and-reports.md §1.5; 003 四(二)","Why the person needs a survey: {@code NOT_INSURED}, {@code PARTLY_INSURED}, {@code MISSING_REQUIRED_FIELD}, {@code INVALID_KEY}, {@code SAME_KEY_DIFFERENT_PERSON} (this project's codes)",False),
 ("surveyState","Optional<String>","surveyState","","调查登记状态","CHARACTER",20,"","comparison-and-reports.md §3; 002 三(四)5","Where the person's survey record is in the workflow: {@code COLLECTED}, {@code FIRST_REVIEWED}, {@code APPROVED}, {@code STORED}, {@code RETURNED} or {@code NOT_COLLECTED} (this project's names)",False),
 ("registeredBy","Optional<String>","registeredBy","","登记方式","CHARACTER",20,"","002 二(三)6; record-format.md","How the record was registered: {@code DATA_CLEANING} or {@code SURVEY}",False),
 ("comparedAt","Optional<String>","comparedAt","","比对时间","DATE_TIME",0,"","002 二(三)6","When the comparison result behind a data-cleaning record was produced",False),
 ("handler","Optional<String>","aae011","AAE011","经办人","CHARACTER",20,"","","Handler",False),
 ("handledAt","Optional<String>","aae036","AAE036","经办时间","DATE_TIME",0,"","","Handling time",False),
 ("reviewer","Optional<String>","aae014","AAE014","复核人","CHARACTER",20,"","","Reviewer",False),
 ("reviewedAt","Optional<String>","aae015","AAE015","复核时间","DATE_TIME",0,"","","Review time",False),
 ("employmentState","Optional<String>","employmentState","","就业状态","CHARACTER",1,"employmentState","002 二(三)1","Employment state (derived)",True),
 ("noUnitType","Optional<String>","noUnitType","","无单位类型","CHARACTER",1,"noUnitType","002 二(三)2","No-unit type (derived; only when the employment state is 2)",True),
 ("nonEnrolmentReason","Optional<String>","nonEnrolmentReason","","未参保原因","CHARACTER",2,"nonEnrolmentReason","002 二(三)3","Non-enrolment reason (derived; only when not insured)",True),
 ("enrolmentCategory","Optional<String>","enrolmentCategory","","参保状态","CHARACTER",1,"enrolmentCategory","002 二(一), 二(二)","Enrolment category 1/2/3 (derived)",True),
 ("pensionStatus","Optional<String>","aic003","AIC003","养老保险参保状态","CHARACTER",2,"AIC003","","Pension insurance status (derived)",True),
 ("medicalStatus","Optional<String>","akc003","AKC003","医疗保险参保状态","CHARACTER",2,"AKC003","","Medical insurance status (derived)",True),
 ("workInjuryStatus","Optional<String>","alc003","ALC003","工伤保险参保状态","CHARACTER",2,"ALC003","","Work-injury insurance status (derived)",True),
 ("unemploymentStatus","Optional<String>","ajc003","AJC003","失业保险参保状态","CHARACTER",2,"AJC003","","Unemployment insurance status (derived)",True),
 ("maternityStatus","Optional<String>","amc003","AMC003","生育保险参保状态","CHARACTER",2,"AMC003","","Maternity insurance status (derived)",True),
 ("disabilityAllowanceState","Optional<String>","disabilityAllowanceState","","工伤保险伤残津贴状态","CHARACTER",1,"benefitPaymentStatus","002 二(三)4","Work-injury disability allowance state (derived)",True),
 ("survivorPensionState","Optional<String>","survivorPensionState","","工伤保险供养亲属抚恤金状态","CHARACTER",1,"benefitPaymentStatus","002 二(三)5","Work-injury survivor pension state (derived)",True),
 ("outcomeAction","Optional<String>","outcomeAction","","处理措施","CHARACTER",2,"changzhouOutcomeAction","003 四(八)1","What the survey does for the person: 动员参保, 参齐险种 or 接续参保 (derived, Changzhou)",True),
 ("uninsuredInsurances","List<String>","uninsuredInsurances","","应参保未参保险种","LIST",0,"","004 基础数据情况表; derivation.md rule 5","The insurances the person should be in but is not, by name (pension, medical, workInjury, unemployment, maternity): an insurance that applies (rule 5e) with status 91, 92 or 94 (derived, Guizhou; read by the quarterly report)",True),
 ("explanations","List<Explanation>","explanations","","推导说明","LIST",0,"","derivation.md","Why each derived field has its value",False),
 ("findings","List<Finding>","findings","","发现","LIST",0,"","record-format.md","Findings of derivation: given values that differ, unknown hukou, records that cannot be registered",False),
 ("violations","List<Violation>","violations","","校验问题","LIST",0,"","record-format.md","Violations found by validation",False),
]
NATIONAL_SRC = "人社厅发〔2015〕41号 附件1"
TABLE_OF = {"AAB301":"表1","AAC001":"表2","AAC002":"表2","AAC003":"表2","AAC004":"表2","AAC006":"表2","AAC012":"表2","AAC009":"表2","AAC010":"表2","AAE006":"表2","AAB401":"表2","AAB402":"表2","AIC003":"表3","AKC003":"表3","ALC003":"表3","AJC003":"表3","AMC003":"表3","AAE011":"表4","AAE036":"表4","AAE014":"表4","AAE015":"表4"}
def ann(f):
    j,t,key,code,cn,typ,ln,table,src,doc,derived=f
    parts=[f'key = "{key}"']
    if code: parts.append(f'code = "{code}"')
    parts.append(f'name = "{cn}"')
    if typ!="CHARACTER": parts.append(f"type = IndicatorType.{typ}")
    if ln: parts.append(f"length = {ln}")
    if table: parts.append(f'table = "{table}"')
    if src: parts.append(f'source = "{src}"')
    if derived: parts.append("derived = true")
    return "@Indicator(" + ", ".join(parts) + ")"
def jdoc(f):
    j,t,key,code,cn,typ,ln,table,src,doc,derived=f
    if code: where=f"{{@code {code}}} {cn} ({NATIONAL_SRC} {TABLE_OF[code]})"
    else: where=f"{cn}, record key {{@code {key}}} (no national code; {src})"
    return doc+". "+where+"."
_NB = "\u2060"
def param(name, text):
    # One @param per component, wrapped at 100 columns without breaking an inline tag or a source.
    text = re.sub(r'\{@\w+ [^}]*\}', lambda m: m.group(0).replace(' ', _NB), f"@param {name} {text}")
    text = re.sub(r'\(人社厅发[^)]*\)', lambda m: m.group(0).replace(' ', _NB), text)
    return [" * " + l.replace(_NB, ' ') for l in textwrap.wrap(text, width=97, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)]
comps=[]
params=[]
for f in F:
    comps.append(f"    /** {jdoc(f)} */\n    {ann(f)} {f[1]} {f[0]}")
    params += param(f[0], jdoc(f)[:-1])
params += param("unknown", "Keys this library does not know (a vendor's own columns), in input order, with their JSON values, written back unchanged; no indicator ({@code record-format.md})")
comps.append("    /** Keys this library does not know, with their JSON values, written back unchanged. */\n    Map<String, Object> unknown")
body = ",\n".join(comps)
names=[f[0] for f in F]+["unknown"]
types={f[0]:f[1] for f in F}; types["unknown"]="Map<String, Object>"
compact=[]
for n in names:
    t=types[n]
    if t.startswith("Optional"): compact.append(f'    {n} = {n} == null ? Optional.empty() : {n};')
    elif t.startswith("List"): compact.append(f'    {n} = {n} == null ? List.of() : List.copyOf({n});')
    else: compact.append(f'    {n} = UnknownValues.copyOf({n});')
def since_doc(text, indent):
    # Every public member carries @since (style.md rule 7), which needs the comment's long form.
    return (f"{indent}/**\n{indent} * {text}\n{indent} *\n{indent} * @since 0.1.0\n{indent} */")
bfields=[]; bsetters=[]
for f in F:
    n,t=f[0],f[1]
    if t.startswith("Optional<"):
        inner=t[len("Optional<"):-1]
        bfields.append(f"    private {inner} {n};")
        extra=""
        bsetters.append(f"""{since_doc(f"Sets {{@code {f[2]}}}; {{@code null}} clears it.", "    ")}
    public Builder {n}({inner} value) {{
      this.{n} = value;
      return this;
    }}
""")
    else:
        inner=t[len("List<"):-1]
        bfields.append(f"    private List<{inner}> {n} = List.of();")
        bsetters.append(f"""{since_doc(f"Sets {{@code {f[2]}}}.", "    ")}
    public Builder {n}(List<{inner}> value) {{
      this.{n} = value == null ? List.of() : value;
      return this;
    }}
""")
bfields.append("    private Map<String, Object> unknown = Map.of();")
bsetters.append(since_doc("Sets the unknown keys, kept and written back unchanged.", "    ") + """
    public Builder unknown(Map<String, Object> value) {
      this.unknown = value == null ? Map.of() : value;
      return this;
    }
""")
buildargs=",\n          ".join((f"Optional.ofNullable({f[0]})" if f[1].startswith("Optional") else f[0]) for f in F)+",\n          unknown"
tobuilder="\n".join((f"    b.{f[0]} = {f[0]}.orElse(null);" if f[1].startswith("Optional") else f"    b.{f[0]} = {f[0]};") for f in F)+"\n    b.unknown = unknown;"
# Class-level constraints (docs/decisions/0006-record-validation.md): they walk the indicator
# catalogue, so that nested fields (guardian.aac002, enrolments[].place) are checked without
# annotating the nested records, and the @Indicator stays the one source of lengths and tables.
CONSTRAINTS = "\n".join([
    '@ValidIndicators(numericNotEnforced = {"AAC001", "AAB001"})',
    "@ValidIdentityNumber",
    "@ValidPhoneNumber",
    "@ValidDivisionCode",
    "@ConsistentWithIdentityNumber",
    "@ReviewAfterHandling",
    "@ReviewerDiffersFromHandler",
])
src=f'''package io.github.canbao.registration.model;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.constraints.ConsistentWithIdentityNumber;
import io.github.canbao.registration.model.constraints.ReviewAfterHandling;
import io.github.canbao.registration.model.constraints.ReviewerDiffersFromHandler;
import io.github.canbao.registration.model.constraints.ValidDivisionCode;
import io.github.canbao.registration.model.constraints.ValidIdentityNumber;
import io.github.canbao.registration.model.constraints.ValidIndicators;
import io.github.canbao.registration.model.constraints.ValidPhoneNumber;
import io.github.canbao.registration.model.indicator.Indicator;
import io.github.canbao.registration.model.indicator.IndicatorType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person's registration record (全民参保登记, 人社厅发〔2015〕41号 附件1 表1–表4, and the keys of
 * {{@code record-format.md}}): the person, the unit, the per-insurance enrolments and benefits, the
 * evidence from other departments, the handler and reviewer, the derived fields with their
 * explanations, and the findings and violations.
 *
 * <pre>{{@code
 * RegistrationRecord record = RegistrationRecord.builder()
 *     .socialSecurityNumber(SocialSecurityNumber.of("440106201609010011"))
 *     .name("陈小明")
 *     .birthDate("20160901")
 *     .build();
 * record.socialSecurityNumber();            // Optional[440106********0011], masked in toString
 * record.toBuilder().noUnitType("2").build();
 * }}</pre>
 *
 * <p>Values are kept <em>as given</em>: a code that is not in its table, a date that is no date or a
 * number that fails its check is stored unchanged and reported by validation, so nothing a vendor
 * sends is lost. Each component carries its {{@link Indicator}}: the record key, the national code,
 * the Chinese name, the type and length, read at run time through {{@link
 * io.github.canbao.registration.model.indicator.IndicatorCatalogue}}. Absent values are empty
 * {{@code Optional}}s and empty lists, never {{@code null}}. Identity and phone numbers are masked in
 * {{@link #toString()}}.
 *
 * <p>The class-level Bean Validation constraints check every field against its {{@code @Indicator}},
 * the identity and phone numbers and division codes (nested ones included), and the cross-field
 * rules; {{@link io.github.canbao.registration.model.validation.RecordValidator}} runs them with the
 * required fields of a locality. {{@code AAC001}} and {{@code AAB001}} are type N, but the spec's own
 * example gives {{@code P000123}} and {{@code U0001}}: only their length is checked.
 *
 * <p>Generated from the field table in {{@code tools/codegen/registration_record.py}}: edit the table
 * and rerun it rather than editing the components by hand.
 *
{chr(10).join(params)}
 * @since 0.1.0
 */
{CONSTRAINTS}
public record RegistrationRecord(
{body}) {{

  /** Fills absent values with empty ones and copies the lists, so that the record is immutable. */
  public RegistrationRecord {{
{chr(10).join(compact)}
  }}

{since_doc("A builder with nothing set.", "  ")}
  public static Builder builder() {{
    return new Builder();
  }}

{since_doc("A builder holding this record's values, to change some of them.", "  ")}
  public Builder toBuilder() {{
    Builder b = new Builder();
{tobuilder}
    return b;
  }}

  /**
   * Builds {{@link RegistrationRecord}}s; setting {{@code null}} clears a value. Not thread-safe, like
   * every builder.
   *
   * @since 0.1.0
   */
  public static final class Builder {{
{chr(10).join(bfields)}

    private Builder() {{}}

{chr(10).join(bsetters)}
{since_doc("The record.", "    ")}
    public RegistrationRecord build() {{
      return new RegistrationRecord(
          {buildargs});
    }}
  }}
}}
'''
open(__import__('os').path.join(__import__('os').path.dirname(__file__), '..', '..', 'registration-model/src/main/java/io/github/canbao/registration/model/RegistrationRecord.java'),'w').write(src)
print(len(F))
