package io.github.canbao.registration.model.indicator;

/**
 * The type of an indicator's value. The national tables know three (C character, N numeric string,
 * D date/time, 人社厅发〔2015〕41号 附件1); the rest are this project's, for the record keys the national
 * tables do not code ({@code record-format.md}).
 *
 * @since 0.1.0
 */
public enum IndicatorType {
  /** C: characters. */
  CHARACTER,
  /** N: a string of digits. */
  NUMERIC,
  /** N 8 or D: a date, {@code YYYYMMDD} ({@code YYYY-MM-DD} accepted on input). */
  DATE,
  /** D: an ISO-8601 local date-time, e.g. {@code 2026-11-23T10:15:00}. */
  DATE_TIME,
  /** A JSON boolean. */
  BOOLEAN,
  /** A JSON whole number. */
  INTEGER,
  /** A nested object whose fields are indicators themselves. */
  GROUP,
  /** An array of nested objects or of strings. */
  LIST
}
