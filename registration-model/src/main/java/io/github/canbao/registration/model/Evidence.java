package io.github.canbao.registration.model;

/**
 * Evidence flags from other departments' data (信息比对, {@code derivation.md} Inputs; Guangdong
 * 二(三)). A record lists their names in {@code evidence}; a locality may read further names.
 *
 * @since 0.1.0
 */
public enum Evidence {
  /** 劳动就业登记: employed at a unit. */
  EMPLOYED_AT_UNIT,
  /** 教育学籍: on a school roll. */
  STUDENT_ROLL,
  /** 参加城乡居民医保的在校生: a student in the residents' medical insurance. */
  RESIDENT_MEDICAL_STUDENT,
  /** 参加灵活就业险种: insured as flexibly employed. */
  FLEXIBLE_EMPLOYMENT_INSURED,
  /** 人事离退休: retired. */
  RETIRED,
  /** 已领取养老待遇: receives a pension. */
  PENSION_RECEIVED,
  /** 兵役/民政征兵、兵役补助: in military service. */
  MILITARY_SERVICE,
  /** 出入境: abroad for study, settlement or work. */
  ABROAD,
  /** 司法: serving a sentence. */
  SERVING_SENTENCE
}
