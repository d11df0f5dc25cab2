package io.github.canbao.registration.model;

import io.github.canbao.registration.model.indicator.Indicator;
import io.github.canbao.registration.model.indicator.IndicatorType;
import java.util.Map;
import java.util.Optional;

/**
 * Suzhou's collection form, 苏州市区全民社会保险登记信息采集表 (苏社基〔2014〕38号 附件, seed {@code
 * 001}): the fields of the form that the common record does not have. Values are the names the form
 * prints (or the assigned codes of the {@code suzhou*} code tables); the {@code suzhou} locality's
 * rules map them onto the common record and check the form's rules (说明 1–5).
 *
 * @param collectionState 采集状态: 已采集 / 未采集
 * @param notCollectedReason 未采集原因: 人户分离 / 长期外出 / 情况不明, when not collected
 * @param enrolmentSituation 当前参保状态: 从未参保 / 参保后断保 / 在外地参保（或享受社保待遇）
 * @param residenceProvince 当前常住地 省（市、自治区）: the province; for Hong Kong, Macao, Taiwan or abroad the region or country (说明 4)
 * @param residenceCity 当前常住地 市（区、县）
 * @param residenceDistrict 当前常住地 区（县）: required when the residence is in Suzhou (说明 4)
 * @param residenceAddress 当前常住地 路 号
 * @param currentState 当前状态: the nine states of the form
 * @param workOrSchoolName 工作或学习单位名称: required in Suzhou for students and the employed (说明 5)
 * @param workOrSchoolAddress 工作或学习单位地址
 * @param nonEnrolmentReason 未参保原因: Suzhou's six reasons
 * @param elsewhereProvince 外地参保地 省（市、自治区）
 * @param elsewhereCity 外地参保地 市（区、县）
 * @param elsewherePension 外地养老保险
 * @param elsewhereMedical 外地医疗保险
 * @param withoutCivilCapacity whether the person is without civil capacity (无民事行为能力): a guardian is then required (说明 2)
 * @param residencePermit whether a non-Suzhou person holds a Suzhou residence permit (持有苏州市公安机关核发的居住证)
 * @param remarks 备注
 * @param signedBy who signed the form for the person: 本人 / 监护人 / 指定代理人 (本人/监护人/指定代理人签名;
 *     001 一 2: the form is confirmed by the person, the guardian or an appointed agent). The
 *     community handler's signature and the collection date are the record's {@code aae011} and
 *     {@code aae036}
 * @param signedAt the date of that signature ({@code YYYYMMDD})
 * @param unknown keys this library does not know, written back unchanged
 * @since 0.1.0
 */
public record SuzhouForm(
    @Indicator(key = "collectionState", name = "采集状态", length = 20, table = "suzhouCollectionState", source = "001 附件") Optional<String> collectionState,
    @Indicator(key = "notCollectedReason", name = "未采集原因", length = 20, table = "suzhouNotCollectedReason", source = "001 附件") Optional<String> notCollectedReason,
    @Indicator(key = "enrolmentSituation", name = "当前参保状态", length = 20, table = "suzhouEnrolmentSituation", source = "001 附件") Optional<String> enrolmentSituation,
    @Indicator(key = "residenceProvince", name = "当前常住地 省（市、自治区）", length = 50, source = "001 附件") Optional<String> residenceProvince,
    @Indicator(key = "residenceCity", name = "当前常住地 市（区、县）", length = 50, source = "001 附件") Optional<String> residenceCity,
    @Indicator(key = "residenceDistrict", name = "当前常住地 区（县）", length = 50, source = "001 附件") Optional<String> residenceDistrict,
    @Indicator(key = "residenceAddress", name = "当前常住地 路 号", length = 150, source = "001 附件") Optional<String> residenceAddress,
    @Indicator(key = "currentState", name = "当前状态", length = 20, table = "suzhouCurrentState", source = "001 附件") Optional<String> currentState,
    @Indicator(key = "workOrSchoolName", name = "工作或学习单位名称", length = 100, source = "001 附件") Optional<String> workOrSchoolName,
    @Indicator(key = "workOrSchoolAddress", name = "工作或学习单位地址", length = 150, source = "001 附件") Optional<String> workOrSchoolAddress,
    @Indicator(key = "nonEnrolmentReason", name = "未参保原因", length = 20, table = "suzhouNonEnrolmentReason", source = "001 附件") Optional<String> nonEnrolmentReason,
    @Indicator(key = "elsewhereProvince", name = "外地参保地 省（市、自治区）", length = 50, source = "001 附件") Optional<String> elsewhereProvince,
    @Indicator(key = "elsewhereCity", name = "外地参保地 市（区、县）", length = 50, source = "001 附件") Optional<String> elsewhereCity,
    @Indicator(key = "elsewherePension", name = "外地养老保险", length = 20, table = "suzhouElsewherePension", source = "001 附件") Optional<String> elsewherePension,
    @Indicator(key = "elsewhereMedical", name = "外地医疗保险", length = 20, table = "suzhouElsewhereMedical", source = "001 附件") Optional<String> elsewhereMedical,
    @Indicator(key = "withoutCivilCapacity", name = "无民事行为能力", type = IndicatorType.BOOLEAN, source = "001 说明2")
        Optional<Boolean> withoutCivilCapacity,
    @Indicator(key = "residencePermit", name = "持有苏州市居住证", type = IndicatorType.BOOLEAN, source = "001 一")
        Optional<Boolean> residencePermit,
    @Indicator(key = "remarks", name = "备注", length = 200, source = "001 附件") Optional<String> remarks,
    @Indicator(key = "signedBy", name = "本人/监护人/指定代理人签名", length = 20, table = "suzhouSigner", source = "001 附件")
        Optional<String> signedBy,
    @Indicator(key = "signedAt", name = "签名日期", type = IndicatorType.DATE, length = 8, source = "001 附件")
        Optional<String> signedAt,
    Map<String, Object> unknown) {

  /**
   * Fills absent values with empty ones and copies the unknown keys, so that the form is
   * immutable.
   */
  public SuzhouForm {
    collectionState = collectionState == null ? Optional.empty() : collectionState;
    notCollectedReason = notCollectedReason == null ? Optional.empty() : notCollectedReason;
    enrolmentSituation = enrolmentSituation == null ? Optional.empty() : enrolmentSituation;
    residenceProvince = residenceProvince == null ? Optional.empty() : residenceProvince;
    residenceCity = residenceCity == null ? Optional.empty() : residenceCity;
    residenceDistrict = residenceDistrict == null ? Optional.empty() : residenceDistrict;
    residenceAddress = residenceAddress == null ? Optional.empty() : residenceAddress;
    currentState = currentState == null ? Optional.empty() : currentState;
    workOrSchoolName = workOrSchoolName == null ? Optional.empty() : workOrSchoolName;
    workOrSchoolAddress = workOrSchoolAddress == null ? Optional.empty() : workOrSchoolAddress;
    nonEnrolmentReason = nonEnrolmentReason == null ? Optional.empty() : nonEnrolmentReason;
    elsewhereProvince = elsewhereProvince == null ? Optional.empty() : elsewhereProvince;
    elsewhereCity = elsewhereCity == null ? Optional.empty() : elsewhereCity;
    elsewherePension = elsewherePension == null ? Optional.empty() : elsewherePension;
    elsewhereMedical = elsewhereMedical == null ? Optional.empty() : elsewhereMedical;
    withoutCivilCapacity = withoutCivilCapacity == null ? Optional.empty() : withoutCivilCapacity;
    residencePermit = residencePermit == null ? Optional.empty() : residencePermit;
    remarks = remarks == null ? Optional.empty() : remarks;
    signedBy = signedBy == null ? Optional.empty() : signedBy;
    signedAt = signedAt == null ? Optional.empty() : signedAt;
    unknown = UnknownValues.copyOf(unknown);
  }

  /** Keys of the form this library does not know, with their JSON values, written back unchanged. */
  @Override
  public Map<String, Object> unknown() {
    return unknown;
  }
}
