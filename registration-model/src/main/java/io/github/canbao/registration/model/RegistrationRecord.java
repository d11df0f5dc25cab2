package io.github.canbao.registration.model;

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
 * {@code record-format.md}): the person, the unit, the per-insurance enrolments and benefits, the
 * evidence from other departments, the handler and reviewer, the derived fields with their
 * explanations, and the findings and violations.
 *
 * <pre>{@code
 * RegistrationRecord record = RegistrationRecord.builder()
 *     .socialSecurityNumber(SocialSecurityNumber.of("440106201609010011"))
 *     .name("陈小明")
 *     .birthDate("20160901")
 *     .build();
 * record.socialSecurityNumber();            // Optional[440106********0011], masked in toString
 * record.toBuilder().noUnitType("2").build();
 * }</pre>
 *
 * <p>Values are kept <em>as given</em>: a code that is not in its table, a date that is no date or a
 * number that fails its check is stored unchanged and reported by validation, so nothing a vendor
 * sends is lost. Each component carries its {@link Indicator}: the record key, the national code,
 * the Chinese name, the type and length, read at run time through {@link
 * io.github.canbao.registration.model.indicator.IndicatorCatalogue}. Absent values are empty
 * {@code Optional}s and empty lists, never {@code null}. Identity and phone numbers are masked in
 * {@link #toString()}.
 *
 * <p>The class-level Bean Validation constraints check every field against its {@code @Indicator},
 * the identity and phone numbers and division codes (nested ones included), and the cross-field
 * rules; {@link io.github.canbao.registration.model.validation.RecordValidator} runs them with the
 * required fields of a locality. {@code AAC001} and {@code AAB001} are type N, but the spec's own
 * example gives {@code P000123} and {@code U0001}: only their length is checked.
 *
 * <p>Generated from the field table in {@code tools/codegen/registration_record.py}: edit the table
 * and rerun it rather than editing the components by hand.
 *
 * @param divisionCode Division code of the registering place (GB/T 2260, 6 digits, or 9 with the
 *     township extension). {@code AAB301} 行政区划编码 (人社厅发〔2015〕41号 附件1 表1)
 * @param personId The local system's person id. {@code AAC001} 人员编号 (人社厅发〔2015〕41号 附件1 表2)
 * @param socialSecurityNumber The social security number, the registration key (usually the citizen
 *     identity number), as given. {@code AAC002} 公民身份号码 (人社厅发〔2015〕41号 附件1 表2)
 * @param name Name. {@code AAC003} 姓名 (人社厅发〔2015〕41号 附件1 表2)
 * @param sex Sex (GB/T 2261.1-2003). {@code AAC004} 性别 (人社厅发〔2015〕41号 附件1 表2)
 * @param birthDate Birth date, {@code YYYYMMDD}. {@code AAC006} 出生日期 (人社厅发〔2015〕41号 附件1 表2)
 * @param personStatus Person status. {@code AAC012} 个人身份 (人社厅发〔2015〕41号 附件1 表2)
 * @param hukouNature Nature of the household registration (户籍地类别). {@code AAC009} 户口性质
 *     (人社厅发〔2015〕41号 附件1 表2)
 * @param hukouPlace Place of household registration, by GB/T 2260 division name. {@code AAC010}
 *     户口所在地 (人社厅发〔2015〕41号 附件1 表2)
 * @param residenceAddress Residence address: division name, street or township, road or village,
 *     door and room. {@code AAE006} 常住所在地地址 (人社厅发〔2015〕41号 附件1 表2)
 * @param householdBookNumber Household register book number. {@code AAB401} 户口簿编号
 *     (人社厅发〔2015〕41号 附件1 表2)
 * @param familyNumber Family number. {@code AAB402} 家庭编号 (人社厅发〔2015〕41号 附件1 表2)
 * @param hukouLocal Whether the household registration is in this province. 户籍在本省, record key
 *     {@code hukouLocal} (no national code; record-format.md)
 * @param hukouDivision Division code of the household registration. 户口所在地行政区划代码, record key
 *     {@code hukouDivision} (no national code; 002 二(一))
 * @param hukouStreetName Street or township of the household registration. 户口所在街道（乡镇）名称, record key
 *     {@code hukouStreetName} (no national code; 002 二(一))
 * @param hukouStreetCode Code of the street or township of the household registration.
 *     户口所在街道（乡镇）编号, record key {@code hukouStreetCode} (no national code; 002 二(一))
 * @param hukouCommunityName Community or village of the household registration. 户口所在社区（村）名称, record
 *     key {@code hukouCommunityName} (no national code; 002 二(一))
 * @param hukouCommunityCode Code of the community or village of the household registration.
 *     户口所在社区（村）编号, record key {@code hukouCommunityCode} (no national code; 002 二(一))
 * @param phone Contact phone: a mobile number or a landline with area code, as given. 联系电话, record
 *     key {@code phone} (no national code; 002 二(一); 044 附件1)
 * @param survivalState Survival state. 生存状态, record key {@code survivalState} (no national code;
 *     002 二(一))
 * @param unit The unit the person works for, when there is one. 工作单位, record key {@code unit} (no
 *     national code; 004 表1)
 * @param guardian The guardian of a person under 16 or without civil capacity. 监护人, record key
 *     {@code guardian} (no national code; 001 说明2)
 * @param enrolments Enrolments known from the insurance business systems and the cross-region
 *     comparison. 参保信息, record key {@code enrolments} (no national code; 002 二(三); derivation.md)
 * @param benefits Benefits known from the benefit systems. 待遇信息, record key {@code benefits} (no
 *     national code; derivation.md)
 * @param evidence Evidence flags from other departments' data (names of {@link Evidence}). 比对信息,
 *     record key {@code evidence} (no national code; 002 二(三); derivation.md)
 * @param workInjury Work-injury disability and survivor pension data. 工伤待遇信息, record key
 *     {@code workInjury} (no national code; 002 二(三)4-5)
 * @param dataSource Where a record not collected in person came from (Beijing). 数据来源, record key
 *     {@code dataSource} (no national code; 000)
 * @param collectedInPerson Whether the record was collected in person (入户调查、见面登记) rather than from
 *     community ledgers or by phone (Beijing). 入户或见面采集, record key {@code collectedInPerson} (no
 *     national code; 000 三(二)1-2)
 * @param currentInsurance The insurances a surveyed person says they have (Beijing 现参保情况, names or
 *     codes of {@code beijingCurrentInsurance}). 现参保情况, record key {@code currentInsurance} (no
 *     national code; 000 二 7)
 * @param suzhou Suzhou's collection form (信息采集表), when the record comes from it. 苏州市区全民社会保险登记信息采集表,
 *     record key {@code suzhou} (no national code; 001 附件)
 * @param provenance Which source each merged field came from, one
 *     {@code <record key>=<source name>} entry a field, in catalogue order (written by the merge).
 *     字段来源, record key {@code provenance} (no national code; comparison-and-reports.md §1.3; 003
 *     四(一))
 * @param needsSurvey Whether the person needs a household survey (written by needs-survey marking;
 *     {@code false} once nothing is missing). 需调查登记人员, record key {@code needsSurvey} (no national
 *     code; comparison-and-reports.md §1.5; 004 第十一条)
 * @param surveyReasons Why the person needs a survey: {@code NOT_INSURED}, {@code PARTLY_INSURED},
 *     {@code MISSING_REQUIRED_FIELD}, {@code INVALID_KEY}, {@code SAME_KEY_DIFFERENT_PERSON} (this
 *     project's codes). 需调查原因, record key {@code surveyReasons} (no national code;
 *     comparison-and-reports.md §1.5; 003 四(二))
 * @param surveyState Where the person's survey record is in the workflow: {@code COLLECTED},
 *     {@code FIRST_REVIEWED}, {@code APPROVED}, {@code STORED}, {@code RETURNED} or
 *     {@code NOT_COLLECTED} (this project's names). 调查登记状态, record key {@code surveyState} (no
 *     national code; comparison-and-reports.md §3; 002 三(四)5)
 * @param registeredBy How the record was registered: {@code DATA_CLEANING} or {@code SURVEY}. 登记方式,
 *     record key {@code registeredBy} (no national code; 002 二(三)6; record-format.md)
 * @param comparedAt When the comparison result behind a data-cleaning record was produced. 比对时间,
 *     record key {@code comparedAt} (no national code; 002 二(三)6)
 * @param handler Handler. {@code AAE011} 经办人 (人社厅发〔2015〕41号 附件1 表4)
 * @param handledAt Handling time. {@code AAE036} 经办时间 (人社厅发〔2015〕41号 附件1 表4)
 * @param reviewer Reviewer. {@code AAE014} 复核人 (人社厅发〔2015〕41号 附件1 表4)
 * @param reviewedAt Review time. {@code AAE015} 复核时间 (人社厅发〔2015〕41号 附件1 表4)
 * @param employmentState Employment state (derived). 就业状态, record key {@code employmentState} (no
 *     national code; 002 二(三)1)
 * @param noUnitType No-unit type (derived; only when the employment state is 2). 无单位类型, record key
 *     {@code noUnitType} (no national code; 002 二(三)2)
 * @param nonEnrolmentReason Non-enrolment reason (derived; only when not insured). 未参保原因, record
 *     key {@code nonEnrolmentReason} (no national code; 002 二(三)3)
 * @param enrolmentCategory Enrolment category 1/2/3 (derived). 参保状态, record key
 *     {@code enrolmentCategory} (no national code; 002 二(一), 二(二))
 * @param pensionStatus Pension insurance status (derived). {@code AIC003} 养老保险参保状态
 *     (人社厅发〔2015〕41号 附件1 表3)
 * @param medicalStatus Medical insurance status (derived). {@code AKC003} 医疗保险参保状态
 *     (人社厅发〔2015〕41号 附件1 表3)
 * @param workInjuryStatus Work-injury insurance status (derived). {@code ALC003} 工伤保险参保状态
 *     (人社厅发〔2015〕41号 附件1 表3)
 * @param unemploymentStatus Unemployment insurance status (derived). {@code AJC003} 失业保险参保状态
 *     (人社厅发〔2015〕41号 附件1 表3)
 * @param maternityStatus Maternity insurance status (derived). {@code AMC003} 生育保险参保状态
 *     (人社厅发〔2015〕41号 附件1 表3)
 * @param disabilityAllowanceState Work-injury disability allowance state (derived). 工伤保险伤残津贴状态,
 *     record key {@code disabilityAllowanceState} (no national code; 002 二(三)4)
 * @param survivorPensionState Work-injury survivor pension state (derived). 工伤保险供养亲属抚恤金状态, record
 *     key {@code survivorPensionState} (no national code; 002 二(三)5)
 * @param outcomeAction What the survey does for the person: 动员参保, 参齐险种 or 接续参保 (derived,
 *     Changzhou). 处理措施, record key {@code outcomeAction} (no national code; 003 四(八)1)
 * @param uninsuredInsurances The insurances the person should be in but is not, by name (pension,
 *     medical, workInjury, unemployment, maternity): an insurance that applies (rule 5e) with
 *     status 91, 92 or 94 (derived, Guizhou; read by the quarterly report). 应参保未参保险种, record key
 *     {@code uninsuredInsurances} (no national code; 004 基础数据情况表; derivation.md rule 5)
 * @param explanations Why each derived field has its value. 推导说明, record key {@code explanations}
 *     (no national code; derivation.md)
 * @param findings Findings of derivation: given values that differ, unknown hukou, records that
 *     cannot be registered. 发现, record key {@code findings} (no national code; record-format.md)
 * @param violations Violations found by validation. 校验问题, record key {@code violations} (no
 *     national code; record-format.md)
 * @param unknown Keys this library does not know (a vendor's own columns), in input order, with
 *     their JSON values, written back unchanged; no indicator ({@code record-format.md})
 * @since 0.1.0
 */
@ValidIndicators(numericNotEnforced = {"AAC001", "AAB001"})
@ValidIdentityNumber
@ValidPhoneNumber
@ValidDivisionCode
@ConsistentWithIdentityNumber
@ReviewAfterHandling
@ReviewerDiffersFromHandler
public record RegistrationRecord(
    /** Division code of the registering place (GB/T 2260, 6 digits, or 9 with the township extension). {@code AAB301} 行政区划编码 (人社厅发〔2015〕41号 附件1 表1). */
    @Indicator(key = "aab301", code = "AAB301", name = "行政区划编码", length = 9, table = "AAB301") Optional<String> divisionCode,
    /** The local system's person id. {@code AAC001} 人员编号 (人社厅发〔2015〕41号 附件1 表2). */
    @Indicator(key = "aac001", code = "AAC001", name = "人员编号", type = IndicatorType.NUMERIC, length = 20) Optional<String> personId,
    /** The social security number, the registration key (usually the citizen identity number), as given. {@code AAC002} 公民身份号码 (人社厅发〔2015〕41号 附件1 表2). */
    @Indicator(key = "aac002", code = "AAC002", name = "公民身份号码", length = 18) Optional<SocialSecurityNumber> socialSecurityNumber,
    /** Name. {@code AAC003} 姓名 (人社厅发〔2015〕41号 附件1 表2). */
    @Indicator(key = "aac003", code = "AAC003", name = "姓名", length = 20) Optional<String> name,
    /** Sex (GB/T 2261.1-2003). {@code AAC004} 性别 (人社厅发〔2015〕41号 附件1 表2). */
    @Indicator(key = "aac004", code = "AAC004", name = "性别", length = 1, table = "AAC004") Optional<String> sex,
    /** Birth date, {@code YYYYMMDD}. {@code AAC006} 出生日期 (人社厅发〔2015〕41号 附件1 表2). */
    @Indicator(key = "aac006", code = "AAC006", name = "出生日期", type = IndicatorType.DATE, length = 8) Optional<String> birthDate,
    /** Person status. {@code AAC012} 个人身份 (人社厅发〔2015〕41号 附件1 表2). */
    @Indicator(key = "aac012", code = "AAC012", name = "个人身份", length = 2, table = "AAC012") Optional<String> personStatus,
    /** Nature of the household registration (户籍地类别). {@code AAC009} 户口性质 (人社厅发〔2015〕41号 附件1 表2). */
    @Indicator(key = "aac009", code = "AAC009", name = "户口性质", length = 2, table = "AAC009") Optional<String> hukouNature,
    /** Place of household registration, by GB/T 2260 division name. {@code AAC010} 户口所在地 (人社厅发〔2015〕41号 附件1 表2). */
    @Indicator(key = "aac010", code = "AAC010", name = "户口所在地", length = 150) Optional<String> hukouPlace,
    /** Residence address: division name, street or township, road or village, door and room. {@code AAE006} 常住所在地地址 (人社厅发〔2015〕41号 附件1 表2). */
    @Indicator(key = "aae006", code = "AAE006", name = "常住所在地地址", length = 150) Optional<String> residenceAddress,
    /** Household register book number. {@code AAB401} 户口簿编号 (人社厅发〔2015〕41号 附件1 表2). */
    @Indicator(key = "aab401", code = "AAB401", name = "户口簿编号", length = 20) Optional<String> householdBookNumber,
    /** Family number. {@code AAB402} 家庭编号 (人社厅发〔2015〕41号 附件1 表2). */
    @Indicator(key = "aab402", code = "AAB402", name = "家庭编号", length = 20) Optional<String> familyNumber,
    /** Whether the household registration is in this province. 户籍在本省, record key {@code hukouLocal} (no national code; record-format.md). */
    @Indicator(key = "hukouLocal", name = "户籍在本省", type = IndicatorType.BOOLEAN, source = "record-format.md") Optional<Boolean> hukouLocal,
    /** Division code of the household registration. 户口所在地行政区划代码, record key {@code hukouDivision} (no national code; 002 二(一)). */
    @Indicator(key = "hukouDivision", name = "户口所在地行政区划代码", length = 12, table = "AAB301", source = "002 二(一)") Optional<String> hukouDivision,
    /** Street or township of the household registration. 户口所在街道（乡镇）名称, record key {@code hukouStreetName} (no national code; 002 二(一)). */
    @Indicator(key = "hukouStreetName", name = "户口所在街道（乡镇）名称", length = 100, source = "002 二(一)") Optional<String> hukouStreetName,
    /** Code of the street or township of the household registration. 户口所在街道（乡镇）编号, record key {@code hukouStreetCode} (no national code; 002 二(一)). */
    @Indicator(key = "hukouStreetCode", name = "户口所在街道（乡镇）编号", length = 20, source = "002 二(一)") Optional<String> hukouStreetCode,
    /** Community or village of the household registration. 户口所在社区（村）名称, record key {@code hukouCommunityName} (no national code; 002 二(一)). */
    @Indicator(key = "hukouCommunityName", name = "户口所在社区（村）名称", length = 100, source = "002 二(一)") Optional<String> hukouCommunityName,
    /** Code of the community or village of the household registration. 户口所在社区（村）编号, record key {@code hukouCommunityCode} (no national code; 002 二(一)). */
    @Indicator(key = "hukouCommunityCode", name = "户口所在社区（村）编号", length = 20, source = "002 二(一)") Optional<String> hukouCommunityCode,
    /** Contact phone: a mobile number or a landline with area code, as given. 联系电话, record key {@code phone} (no national code; 002 二(一); 044 附件1). */
    @Indicator(key = "phone", name = "联系电话", length = 20, source = "002 二(一); 044 附件1") Optional<ContactNumber> phone,
    /** Survival state. 生存状态, record key {@code survivalState} (no national code; 002 二(一)). */
    @Indicator(key = "survivalState", name = "生存状态", length = 1, table = "survivalState", source = "002 二(一)") Optional<String> survivalState,
    /** The unit the person works for, when there is one. 工作单位, record key {@code unit} (no national code; 004 表1). */
    @Indicator(key = "unit", name = "工作单位", type = IndicatorType.GROUP, source = "004 表1") Optional<Unit> unit,
    /** The guardian of a person under 16 or without civil capacity. 监护人, record key {@code guardian} (no national code; 001 说明2). */
    @Indicator(key = "guardian", name = "监护人", type = IndicatorType.GROUP, source = "001 说明2") Optional<Guardian> guardian,
    /** Enrolments known from the insurance business systems and the cross-region comparison. 参保信息, record key {@code enrolments} (no national code; 002 二(三); derivation.md). */
    @Indicator(key = "enrolments", name = "参保信息", type = IndicatorType.LIST, source = "002 二(三); derivation.md") List<Enrolment> enrolments,
    /** Benefits known from the benefit systems. 待遇信息, record key {@code benefits} (no national code; derivation.md). */
    @Indicator(key = "benefits", name = "待遇信息", type = IndicatorType.LIST, source = "derivation.md") List<Benefit> benefits,
    /** Evidence flags from other departments' data (names of {@link Evidence}). 比对信息, record key {@code evidence} (no national code; 002 二(三); derivation.md). */
    @Indicator(key = "evidence", name = "比对信息", type = IndicatorType.LIST, source = "002 二(三); derivation.md") List<String> evidence,
    /** Work-injury disability and survivor pension data. 工伤待遇信息, record key {@code workInjury} (no national code; 002 二(三)4-5). */
    @Indicator(key = "workInjury", name = "工伤待遇信息", type = IndicatorType.GROUP, source = "002 二(三)4-5") Optional<WorkInjury> workInjury,
    /** Where a record not collected in person came from (Beijing). 数据来源, record key {@code dataSource} (no national code; 000). */
    @Indicator(key = "dataSource", name = "数据来源", length = 20, table = "dataSource", source = "000") Optional<String> dataSource,
    /** Whether the record was collected in person (入户调查、见面登记) rather than from community ledgers or by phone (Beijing). 入户或见面采集, record key {@code collectedInPerson} (no national code; 000 三(二)1-2). */
    @Indicator(key = "collectedInPerson", name = "入户或见面采集", type = IndicatorType.BOOLEAN, source = "000 三(二)1-2") Optional<Boolean> collectedInPerson,
    /** The insurances a surveyed person says they have (Beijing 现参保情况, names or codes of {@code beijingCurrentInsurance}). 现参保情况, record key {@code currentInsurance} (no national code; 000 二 7). */
    @Indicator(key = "currentInsurance", name = "现参保情况", type = IndicatorType.LIST, table = "beijingCurrentInsurance", source = "000 二 7") List<String> currentInsurance,
    /** Suzhou's collection form (信息采集表), when the record comes from it. 苏州市区全民社会保险登记信息采集表, record key {@code suzhou} (no national code; 001 附件). */
    @Indicator(key = "suzhou", name = "苏州市区全民社会保险登记信息采集表", type = IndicatorType.GROUP, source = "001 附件") Optional<SuzhouForm> suzhou,
    /** Which source each merged field came from, one {@code <record key>=<source name>} entry a field, in catalogue order (written by the merge). 字段来源, record key {@code provenance} (no national code; comparison-and-reports.md §1.3; 003 四(一)). */
    @Indicator(key = "provenance", name = "字段来源", type = IndicatorType.LIST, source = "comparison-and-reports.md §1.3; 003 四(一)") List<String> provenance,
    /** Whether the person needs a household survey (written by needs-survey marking; {@code false} once nothing is missing). 需调查登记人员, record key {@code needsSurvey} (no national code; comparison-and-reports.md §1.5; 004 第十一条). */
    @Indicator(key = "needsSurvey", name = "需调查登记人员", type = IndicatorType.BOOLEAN, source = "comparison-and-reports.md §1.5; 004 第十一条") Optional<Boolean> needsSurvey,
    /** Why the person needs a survey: {@code NOT_INSURED}, {@code PARTLY_INSURED}, {@code MISSING_REQUIRED_FIELD}, {@code INVALID_KEY}, {@code SAME_KEY_DIFFERENT_PERSON} (this project's codes). 需调查原因, record key {@code surveyReasons} (no national code; comparison-and-reports.md §1.5; 003 四(二)). */
    @Indicator(key = "surveyReasons", name = "需调查原因", type = IndicatorType.LIST, source = "comparison-and-reports.md §1.5; 003 四(二)") List<String> surveyReasons,
    /** Where the person's survey record is in the workflow: {@code COLLECTED}, {@code FIRST_REVIEWED}, {@code APPROVED}, {@code STORED}, {@code RETURNED} or {@code NOT_COLLECTED} (this project's names). 调查登记状态, record key {@code surveyState} (no national code; comparison-and-reports.md §3; 002 三(四)5). */
    @Indicator(key = "surveyState", name = "调查登记状态", length = 20, source = "comparison-and-reports.md §3; 002 三(四)5") Optional<String> surveyState,
    /** How the record was registered: {@code DATA_CLEANING} or {@code SURVEY}. 登记方式, record key {@code registeredBy} (no national code; 002 二(三)6; record-format.md). */
    @Indicator(key = "registeredBy", name = "登记方式", length = 20, source = "002 二(三)6; record-format.md") Optional<String> registeredBy,
    /** When the comparison result behind a data-cleaning record was produced. 比对时间, record key {@code comparedAt} (no national code; 002 二(三)6). */
    @Indicator(key = "comparedAt", name = "比对时间", type = IndicatorType.DATE_TIME, source = "002 二(三)6") Optional<String> comparedAt,
    /** Handler. {@code AAE011} 经办人 (人社厅发〔2015〕41号 附件1 表4). */
    @Indicator(key = "aae011", code = "AAE011", name = "经办人", length = 20) Optional<String> handler,
    /** Handling time. {@code AAE036} 经办时间 (人社厅发〔2015〕41号 附件1 表4). */
    @Indicator(key = "aae036", code = "AAE036", name = "经办时间", type = IndicatorType.DATE_TIME) Optional<String> handledAt,
    /** Reviewer. {@code AAE014} 复核人 (人社厅发〔2015〕41号 附件1 表4). */
    @Indicator(key = "aae014", code = "AAE014", name = "复核人", length = 20) Optional<String> reviewer,
    /** Review time. {@code AAE015} 复核时间 (人社厅发〔2015〕41号 附件1 表4). */
    @Indicator(key = "aae015", code = "AAE015", name = "复核时间", type = IndicatorType.DATE_TIME) Optional<String> reviewedAt,
    /** Employment state (derived). 就业状态, record key {@code employmentState} (no national code; 002 二(三)1). */
    @Indicator(key = "employmentState", name = "就业状态", length = 1, table = "employmentState", source = "002 二(三)1", derived = true) Optional<String> employmentState,
    /** No-unit type (derived; only when the employment state is 2). 无单位类型, record key {@code noUnitType} (no national code; 002 二(三)2). */
    @Indicator(key = "noUnitType", name = "无单位类型", length = 1, table = "noUnitType", source = "002 二(三)2", derived = true) Optional<String> noUnitType,
    /** Non-enrolment reason (derived; only when not insured). 未参保原因, record key {@code nonEnrolmentReason} (no national code; 002 二(三)3). */
    @Indicator(key = "nonEnrolmentReason", name = "未参保原因", length = 2, table = "nonEnrolmentReason", source = "002 二(三)3", derived = true) Optional<String> nonEnrolmentReason,
    /** Enrolment category 1/2/3 (derived). 参保状态, record key {@code enrolmentCategory} (no national code; 002 二(一), 二(二)). */
    @Indicator(key = "enrolmentCategory", name = "参保状态", length = 1, table = "enrolmentCategory", source = "002 二(一), 二(二)", derived = true) Optional<String> enrolmentCategory,
    /** Pension insurance status (derived). {@code AIC003} 养老保险参保状态 (人社厅发〔2015〕41号 附件1 表3). */
    @Indicator(key = "aic003", code = "AIC003", name = "养老保险参保状态", length = 2, table = "AIC003", derived = true) Optional<String> pensionStatus,
    /** Medical insurance status (derived). {@code AKC003} 医疗保险参保状态 (人社厅发〔2015〕41号 附件1 表3). */
    @Indicator(key = "akc003", code = "AKC003", name = "医疗保险参保状态", length = 2, table = "AKC003", derived = true) Optional<String> medicalStatus,
    /** Work-injury insurance status (derived). {@code ALC003} 工伤保险参保状态 (人社厅发〔2015〕41号 附件1 表3). */
    @Indicator(key = "alc003", code = "ALC003", name = "工伤保险参保状态", length = 2, table = "ALC003", derived = true) Optional<String> workInjuryStatus,
    /** Unemployment insurance status (derived). {@code AJC003} 失业保险参保状态 (人社厅发〔2015〕41号 附件1 表3). */
    @Indicator(key = "ajc003", code = "AJC003", name = "失业保险参保状态", length = 2, table = "AJC003", derived = true) Optional<String> unemploymentStatus,
    /** Maternity insurance status (derived). {@code AMC003} 生育保险参保状态 (人社厅发〔2015〕41号 附件1 表3). */
    @Indicator(key = "amc003", code = "AMC003", name = "生育保险参保状态", length = 2, table = "AMC003", derived = true) Optional<String> maternityStatus,
    /** Work-injury disability allowance state (derived). 工伤保险伤残津贴状态, record key {@code disabilityAllowanceState} (no national code; 002 二(三)4). */
    @Indicator(key = "disabilityAllowanceState", name = "工伤保险伤残津贴状态", length = 1, table = "benefitPaymentStatus", source = "002 二(三)4", derived = true) Optional<String> disabilityAllowanceState,
    /** Work-injury survivor pension state (derived). 工伤保险供养亲属抚恤金状态, record key {@code survivorPensionState} (no national code; 002 二(三)5). */
    @Indicator(key = "survivorPensionState", name = "工伤保险供养亲属抚恤金状态", length = 1, table = "benefitPaymentStatus", source = "002 二(三)5", derived = true) Optional<String> survivorPensionState,
    /** What the survey does for the person: 动员参保, 参齐险种 or 接续参保 (derived, Changzhou). 处理措施, record key {@code outcomeAction} (no national code; 003 四(八)1). */
    @Indicator(key = "outcomeAction", name = "处理措施", length = 2, table = "changzhouOutcomeAction", source = "003 四(八)1", derived = true) Optional<String> outcomeAction,
    /** The insurances the person should be in but is not, by name (pension, medical, workInjury, unemployment, maternity): an insurance that applies (rule 5e) with status 91, 92 or 94 (derived, Guizhou; read by the quarterly report). 应参保未参保险种, record key {@code uninsuredInsurances} (no national code; 004 基础数据情况表; derivation.md rule 5). */
    @Indicator(key = "uninsuredInsurances", name = "应参保未参保险种", type = IndicatorType.LIST, source = "004 基础数据情况表; derivation.md rule 5", derived = true) List<String> uninsuredInsurances,
    /** Why each derived field has its value. 推导说明, record key {@code explanations} (no national code; derivation.md). */
    @Indicator(key = "explanations", name = "推导说明", type = IndicatorType.LIST, source = "derivation.md") List<Explanation> explanations,
    /** Findings of derivation: given values that differ, unknown hukou, records that cannot be registered. 发现, record key {@code findings} (no national code; record-format.md). */
    @Indicator(key = "findings", name = "发现", type = IndicatorType.LIST, source = "record-format.md") List<Finding> findings,
    /** Violations found by validation. 校验问题, record key {@code violations} (no national code; record-format.md). */
    @Indicator(key = "violations", name = "校验问题", type = IndicatorType.LIST, source = "record-format.md") List<Violation> violations,
    /** Keys this library does not know, with their JSON values, written back unchanged. */
    Map<String, Object> unknown) {

  /** Fills absent values with empty ones and copies the lists, so that the record is immutable. */
  public RegistrationRecord {
    divisionCode = divisionCode == null ? Optional.empty() : divisionCode;
    personId = personId == null ? Optional.empty() : personId;
    socialSecurityNumber = socialSecurityNumber == null ? Optional.empty() : socialSecurityNumber;
    name = name == null ? Optional.empty() : name;
    sex = sex == null ? Optional.empty() : sex;
    birthDate = birthDate == null ? Optional.empty() : birthDate;
    personStatus = personStatus == null ? Optional.empty() : personStatus;
    hukouNature = hukouNature == null ? Optional.empty() : hukouNature;
    hukouPlace = hukouPlace == null ? Optional.empty() : hukouPlace;
    residenceAddress = residenceAddress == null ? Optional.empty() : residenceAddress;
    householdBookNumber = householdBookNumber == null ? Optional.empty() : householdBookNumber;
    familyNumber = familyNumber == null ? Optional.empty() : familyNumber;
    hukouLocal = hukouLocal == null ? Optional.empty() : hukouLocal;
    hukouDivision = hukouDivision == null ? Optional.empty() : hukouDivision;
    hukouStreetName = hukouStreetName == null ? Optional.empty() : hukouStreetName;
    hukouStreetCode = hukouStreetCode == null ? Optional.empty() : hukouStreetCode;
    hukouCommunityName = hukouCommunityName == null ? Optional.empty() : hukouCommunityName;
    hukouCommunityCode = hukouCommunityCode == null ? Optional.empty() : hukouCommunityCode;
    phone = phone == null ? Optional.empty() : phone;
    survivalState = survivalState == null ? Optional.empty() : survivalState;
    unit = unit == null ? Optional.empty() : unit;
    guardian = guardian == null ? Optional.empty() : guardian;
    enrolments = enrolments == null ? List.of() : List.copyOf(enrolments);
    benefits = benefits == null ? List.of() : List.copyOf(benefits);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    workInjury = workInjury == null ? Optional.empty() : workInjury;
    dataSource = dataSource == null ? Optional.empty() : dataSource;
    collectedInPerson = collectedInPerson == null ? Optional.empty() : collectedInPerson;
    currentInsurance = currentInsurance == null ? List.of() : List.copyOf(currentInsurance);
    suzhou = suzhou == null ? Optional.empty() : suzhou;
    provenance = provenance == null ? List.of() : List.copyOf(provenance);
    needsSurvey = needsSurvey == null ? Optional.empty() : needsSurvey;
    surveyReasons = surveyReasons == null ? List.of() : List.copyOf(surveyReasons);
    surveyState = surveyState == null ? Optional.empty() : surveyState;
    registeredBy = registeredBy == null ? Optional.empty() : registeredBy;
    comparedAt = comparedAt == null ? Optional.empty() : comparedAt;
    handler = handler == null ? Optional.empty() : handler;
    handledAt = handledAt == null ? Optional.empty() : handledAt;
    reviewer = reviewer == null ? Optional.empty() : reviewer;
    reviewedAt = reviewedAt == null ? Optional.empty() : reviewedAt;
    employmentState = employmentState == null ? Optional.empty() : employmentState;
    noUnitType = noUnitType == null ? Optional.empty() : noUnitType;
    nonEnrolmentReason = nonEnrolmentReason == null ? Optional.empty() : nonEnrolmentReason;
    enrolmentCategory = enrolmentCategory == null ? Optional.empty() : enrolmentCategory;
    pensionStatus = pensionStatus == null ? Optional.empty() : pensionStatus;
    medicalStatus = medicalStatus == null ? Optional.empty() : medicalStatus;
    workInjuryStatus = workInjuryStatus == null ? Optional.empty() : workInjuryStatus;
    unemploymentStatus = unemploymentStatus == null ? Optional.empty() : unemploymentStatus;
    maternityStatus = maternityStatus == null ? Optional.empty() : maternityStatus;
    disabilityAllowanceState = disabilityAllowanceState == null ? Optional.empty() : disabilityAllowanceState;
    survivorPensionState = survivorPensionState == null ? Optional.empty() : survivorPensionState;
    outcomeAction = outcomeAction == null ? Optional.empty() : outcomeAction;
    uninsuredInsurances = uninsuredInsurances == null ? List.of() : List.copyOf(uninsuredInsurances);
    explanations = explanations == null ? List.of() : List.copyOf(explanations);
    findings = findings == null ? List.of() : List.copyOf(findings);
    violations = violations == null ? List.of() : List.copyOf(violations);
    unknown = UnknownValues.copyOf(unknown);
  }

  /**
   * A builder with nothing set.
   *
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this record's values, to change some of them.
   *
   * @since 0.1.0
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.divisionCode = divisionCode.orElse(null);
    b.personId = personId.orElse(null);
    b.socialSecurityNumber = socialSecurityNumber.orElse(null);
    b.name = name.orElse(null);
    b.sex = sex.orElse(null);
    b.birthDate = birthDate.orElse(null);
    b.personStatus = personStatus.orElse(null);
    b.hukouNature = hukouNature.orElse(null);
    b.hukouPlace = hukouPlace.orElse(null);
    b.residenceAddress = residenceAddress.orElse(null);
    b.householdBookNumber = householdBookNumber.orElse(null);
    b.familyNumber = familyNumber.orElse(null);
    b.hukouLocal = hukouLocal.orElse(null);
    b.hukouDivision = hukouDivision.orElse(null);
    b.hukouStreetName = hukouStreetName.orElse(null);
    b.hukouStreetCode = hukouStreetCode.orElse(null);
    b.hukouCommunityName = hukouCommunityName.orElse(null);
    b.hukouCommunityCode = hukouCommunityCode.orElse(null);
    b.phone = phone.orElse(null);
    b.survivalState = survivalState.orElse(null);
    b.unit = unit.orElse(null);
    b.guardian = guardian.orElse(null);
    b.enrolments = enrolments;
    b.benefits = benefits;
    b.evidence = evidence;
    b.workInjury = workInjury.orElse(null);
    b.dataSource = dataSource.orElse(null);
    b.collectedInPerson = collectedInPerson.orElse(null);
    b.currentInsurance = currentInsurance;
    b.suzhou = suzhou.orElse(null);
    b.provenance = provenance;
    b.needsSurvey = needsSurvey.orElse(null);
    b.surveyReasons = surveyReasons;
    b.surveyState = surveyState.orElse(null);
    b.registeredBy = registeredBy.orElse(null);
    b.comparedAt = comparedAt.orElse(null);
    b.handler = handler.orElse(null);
    b.handledAt = handledAt.orElse(null);
    b.reviewer = reviewer.orElse(null);
    b.reviewedAt = reviewedAt.orElse(null);
    b.employmentState = employmentState.orElse(null);
    b.noUnitType = noUnitType.orElse(null);
    b.nonEnrolmentReason = nonEnrolmentReason.orElse(null);
    b.enrolmentCategory = enrolmentCategory.orElse(null);
    b.pensionStatus = pensionStatus.orElse(null);
    b.medicalStatus = medicalStatus.orElse(null);
    b.workInjuryStatus = workInjuryStatus.orElse(null);
    b.unemploymentStatus = unemploymentStatus.orElse(null);
    b.maternityStatus = maternityStatus.orElse(null);
    b.disabilityAllowanceState = disabilityAllowanceState.orElse(null);
    b.survivorPensionState = survivorPensionState.orElse(null);
    b.outcomeAction = outcomeAction.orElse(null);
    b.uninsuredInsurances = uninsuredInsurances;
    b.explanations = explanations;
    b.findings = findings;
    b.violations = violations;
    b.unknown = unknown;
    return b;
  }

  /**
   * Builds {@link RegistrationRecord}s; setting {@code null} clears a value. Not thread-safe, like
   * every builder.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String divisionCode;
    private String personId;
    private SocialSecurityNumber socialSecurityNumber;
    private String name;
    private String sex;
    private String birthDate;
    private String personStatus;
    private String hukouNature;
    private String hukouPlace;
    private String residenceAddress;
    private String householdBookNumber;
    private String familyNumber;
    private Boolean hukouLocal;
    private String hukouDivision;
    private String hukouStreetName;
    private String hukouStreetCode;
    private String hukouCommunityName;
    private String hukouCommunityCode;
    private ContactNumber phone;
    private String survivalState;
    private Unit unit;
    private Guardian guardian;
    private List<Enrolment> enrolments = List.of();
    private List<Benefit> benefits = List.of();
    private List<String> evidence = List.of();
    private WorkInjury workInjury;
    private String dataSource;
    private Boolean collectedInPerson;
    private List<String> currentInsurance = List.of();
    private SuzhouForm suzhou;
    private List<String> provenance = List.of();
    private Boolean needsSurvey;
    private List<String> surveyReasons = List.of();
    private String surveyState;
    private String registeredBy;
    private String comparedAt;
    private String handler;
    private String handledAt;
    private String reviewer;
    private String reviewedAt;
    private String employmentState;
    private String noUnitType;
    private String nonEnrolmentReason;
    private String enrolmentCategory;
    private String pensionStatus;
    private String medicalStatus;
    private String workInjuryStatus;
    private String unemploymentStatus;
    private String maternityStatus;
    private String disabilityAllowanceState;
    private String survivorPensionState;
    private String outcomeAction;
    private List<String> uninsuredInsurances = List.of();
    private List<Explanation> explanations = List.of();
    private List<Finding> findings = List.of();
    private List<Violation> violations = List.of();
    private Map<String, Object> unknown = Map.of();

    private Builder() {}

    /**
     * Sets {@code aab301}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder divisionCode(String value) {
      this.divisionCode = value;
      return this;
    }

    /**
     * Sets {@code aac001}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder personId(String value) {
      this.personId = value;
      return this;
    }

    /**
     * Sets {@code aac002}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder socialSecurityNumber(SocialSecurityNumber value) {
      this.socialSecurityNumber = value;
      return this;
    }

    /**
     * Sets {@code aac003}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code aac004}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder sex(String value) {
      this.sex = value;
      return this;
    }

    /**
     * Sets {@code aac006}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder birthDate(String value) {
      this.birthDate = value;
      return this;
    }

    /**
     * Sets {@code aac012}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder personStatus(String value) {
      this.personStatus = value;
      return this;
    }

    /**
     * Sets {@code aac009}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder hukouNature(String value) {
      this.hukouNature = value;
      return this;
    }

    /**
     * Sets {@code aac010}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder hukouPlace(String value) {
      this.hukouPlace = value;
      return this;
    }

    /**
     * Sets {@code aae006}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder residenceAddress(String value) {
      this.residenceAddress = value;
      return this;
    }

    /**
     * Sets {@code aab401}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder householdBookNumber(String value) {
      this.householdBookNumber = value;
      return this;
    }

    /**
     * Sets {@code aab402}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder familyNumber(String value) {
      this.familyNumber = value;
      return this;
    }

    /**
     * Sets {@code hukouLocal}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder hukouLocal(Boolean value) {
      this.hukouLocal = value;
      return this;
    }

    /**
     * Sets {@code hukouDivision}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder hukouDivision(String value) {
      this.hukouDivision = value;
      return this;
    }

    /**
     * Sets {@code hukouStreetName}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder hukouStreetName(String value) {
      this.hukouStreetName = value;
      return this;
    }

    /**
     * Sets {@code hukouStreetCode}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder hukouStreetCode(String value) {
      this.hukouStreetCode = value;
      return this;
    }

    /**
     * Sets {@code hukouCommunityName}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder hukouCommunityName(String value) {
      this.hukouCommunityName = value;
      return this;
    }

    /**
     * Sets {@code hukouCommunityCode}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder hukouCommunityCode(String value) {
      this.hukouCommunityCode = value;
      return this;
    }

    /**
     * Sets {@code phone}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder phone(ContactNumber value) {
      this.phone = value;
      return this;
    }

    /**
     * Sets {@code survivalState}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder survivalState(String value) {
      this.survivalState = value;
      return this;
    }

    /**
     * Sets {@code unit}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder unit(Unit value) {
      this.unit = value;
      return this;
    }

    /**
     * Sets {@code guardian}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder guardian(Guardian value) {
      this.guardian = value;
      return this;
    }

    /**
     * Sets {@code enrolments}.
     *
     * @since 0.1.0
     */
    public Builder enrolments(List<Enrolment> value) {
      this.enrolments = value == null ? List.of() : value;
      return this;
    }

    /**
     * Sets {@code benefits}.
     *
     * @since 0.1.0
     */
    public Builder benefits(List<Benefit> value) {
      this.benefits = value == null ? List.of() : value;
      return this;
    }

    /**
     * Sets {@code evidence}.
     *
     * @since 0.1.0
     */
    public Builder evidence(List<String> value) {
      this.evidence = value == null ? List.of() : value;
      return this;
    }

    /**
     * Sets {@code workInjury}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder workInjury(WorkInjury value) {
      this.workInjury = value;
      return this;
    }

    /**
     * Sets {@code dataSource}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder dataSource(String value) {
      this.dataSource = value;
      return this;
    }

    /**
     * Sets {@code collectedInPerson}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder collectedInPerson(Boolean value) {
      this.collectedInPerson = value;
      return this;
    }

    /**
     * Sets {@code currentInsurance}.
     *
     * @since 0.1.0
     */
    public Builder currentInsurance(List<String> value) {
      this.currentInsurance = value == null ? List.of() : value;
      return this;
    }

    /**
     * Sets {@code suzhou}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder suzhou(SuzhouForm value) {
      this.suzhou = value;
      return this;
    }

    /**
     * Sets {@code provenance}.
     *
     * @since 0.1.0
     */
    public Builder provenance(List<String> value) {
      this.provenance = value == null ? List.of() : value;
      return this;
    }

    /**
     * Sets {@code needsSurvey}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder needsSurvey(Boolean value) {
      this.needsSurvey = value;
      return this;
    }

    /**
     * Sets {@code surveyReasons}.
     *
     * @since 0.1.0
     */
    public Builder surveyReasons(List<String> value) {
      this.surveyReasons = value == null ? List.of() : value;
      return this;
    }

    /**
     * Sets {@code surveyState}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder surveyState(String value) {
      this.surveyState = value;
      return this;
    }

    /**
     * Sets {@code registeredBy}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder registeredBy(String value) {
      this.registeredBy = value;
      return this;
    }

    /**
     * Sets {@code comparedAt}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder comparedAt(String value) {
      this.comparedAt = value;
      return this;
    }

    /**
     * Sets {@code aae011}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder handler(String value) {
      this.handler = value;
      return this;
    }

    /**
     * Sets {@code aae036}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder handledAt(String value) {
      this.handledAt = value;
      return this;
    }

    /**
     * Sets {@code aae014}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder reviewer(String value) {
      this.reviewer = value;
      return this;
    }

    /**
     * Sets {@code aae015}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder reviewedAt(String value) {
      this.reviewedAt = value;
      return this;
    }

    /**
     * Sets {@code employmentState}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder employmentState(String value) {
      this.employmentState = value;
      return this;
    }

    /**
     * Sets {@code noUnitType}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder noUnitType(String value) {
      this.noUnitType = value;
      return this;
    }

    /**
     * Sets {@code nonEnrolmentReason}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder nonEnrolmentReason(String value) {
      this.nonEnrolmentReason = value;
      return this;
    }

    /**
     * Sets {@code enrolmentCategory}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder enrolmentCategory(String value) {
      this.enrolmentCategory = value;
      return this;
    }

    /**
     * Sets {@code aic003}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder pensionStatus(String value) {
      this.pensionStatus = value;
      return this;
    }

    /**
     * Sets {@code akc003}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder medicalStatus(String value) {
      this.medicalStatus = value;
      return this;
    }

    /**
     * Sets {@code alc003}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder workInjuryStatus(String value) {
      this.workInjuryStatus = value;
      return this;
    }

    /**
     * Sets {@code ajc003}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder unemploymentStatus(String value) {
      this.unemploymentStatus = value;
      return this;
    }

    /**
     * Sets {@code amc003}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder maternityStatus(String value) {
      this.maternityStatus = value;
      return this;
    }

    /**
     * Sets {@code disabilityAllowanceState}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder disabilityAllowanceState(String value) {
      this.disabilityAllowanceState = value;
      return this;
    }

    /**
     * Sets {@code survivorPensionState}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder survivorPensionState(String value) {
      this.survivorPensionState = value;
      return this;
    }

    /**
     * Sets {@code outcomeAction}; {@code null} clears it.
     *
     * @since 0.1.0
     */
    public Builder outcomeAction(String value) {
      this.outcomeAction = value;
      return this;
    }

    /**
     * Sets {@code uninsuredInsurances}.
     *
     * @since 0.1.0
     */
    public Builder uninsuredInsurances(List<String> value) {
      this.uninsuredInsurances = value == null ? List.of() : value;
      return this;
    }

    /**
     * Sets {@code explanations}.
     *
     * @since 0.1.0
     */
    public Builder explanations(List<Explanation> value) {
      this.explanations = value == null ? List.of() : value;
      return this;
    }

    /**
     * Sets {@code findings}.
     *
     * @since 0.1.0
     */
    public Builder findings(List<Finding> value) {
      this.findings = value == null ? List.of() : value;
      return this;
    }

    /**
     * Sets {@code violations}.
     *
     * @since 0.1.0
     */
    public Builder violations(List<Violation> value) {
      this.violations = value == null ? List.of() : value;
      return this;
    }

    /**
     * Sets the unknown keys, kept and written back unchanged.
     *
     * @since 0.1.0
     */
    public Builder unknown(Map<String, Object> value) {
      this.unknown = value == null ? Map.of() : value;
      return this;
    }

    /**
     * The record.
     *
     * @since 0.1.0
     */
    public RegistrationRecord build() {
      return new RegistrationRecord(
          Optional.ofNullable(divisionCode),
          Optional.ofNullable(personId),
          Optional.ofNullable(socialSecurityNumber),
          Optional.ofNullable(name),
          Optional.ofNullable(sex),
          Optional.ofNullable(birthDate),
          Optional.ofNullable(personStatus),
          Optional.ofNullable(hukouNature),
          Optional.ofNullable(hukouPlace),
          Optional.ofNullable(residenceAddress),
          Optional.ofNullable(householdBookNumber),
          Optional.ofNullable(familyNumber),
          Optional.ofNullable(hukouLocal),
          Optional.ofNullable(hukouDivision),
          Optional.ofNullable(hukouStreetName),
          Optional.ofNullable(hukouStreetCode),
          Optional.ofNullable(hukouCommunityName),
          Optional.ofNullable(hukouCommunityCode),
          Optional.ofNullable(phone),
          Optional.ofNullable(survivalState),
          Optional.ofNullable(unit),
          Optional.ofNullable(guardian),
          enrolments,
          benefits,
          evidence,
          Optional.ofNullable(workInjury),
          Optional.ofNullable(dataSource),
          Optional.ofNullable(collectedInPerson),
          currentInsurance,
          Optional.ofNullable(suzhou),
          provenance,
          Optional.ofNullable(needsSurvey),
          surveyReasons,
          Optional.ofNullable(surveyState),
          Optional.ofNullable(registeredBy),
          Optional.ofNullable(comparedAt),
          Optional.ofNullable(handler),
          Optional.ofNullable(handledAt),
          Optional.ofNullable(reviewer),
          Optional.ofNullable(reviewedAt),
          Optional.ofNullable(employmentState),
          Optional.ofNullable(noUnitType),
          Optional.ofNullable(nonEnrolmentReason),
          Optional.ofNullable(enrolmentCategory),
          Optional.ofNullable(pensionStatus),
          Optional.ofNullable(medicalStatus),
          Optional.ofNullable(workInjuryStatus),
          Optional.ofNullable(unemploymentStatus),
          Optional.ofNullable(maternityStatus),
          Optional.ofNullable(disabilityAllowanceState),
          Optional.ofNullable(survivorPensionState),
          Optional.ofNullable(outcomeAction),
          uninsuredInsurances,
          explanations,
          findings,
          violations,
          unknown);
    }
  }
}
