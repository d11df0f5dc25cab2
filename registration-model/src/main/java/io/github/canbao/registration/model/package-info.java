/**
 * The registration record model (人社厅发〔2015〕41号 附件1 表1–表4 and {@code record-format.md}):
 * immutable records whose components carry their indicator codes. Values are kept as given and
 * checked by validation; identity and phone numbers are masked in every {@code toString}.
 *
 * <pre>{@code
 * RegistrationRecord record = RegistrationRecord.builder()
 *     .socialSecurityNumber(SocialSecurityNumber.of("440106201609010011"))
 *     .name("陈小明").sex("1").birthDate("20160901")
 *     .enrolments(List.of(Enrolment.of("390", "1", "20170101", "440100")))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.model;
