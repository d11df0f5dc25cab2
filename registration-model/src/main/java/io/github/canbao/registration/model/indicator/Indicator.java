package io.github.canbao.registration.model.indicator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record component as an indicator: its record key, national code, Chinese name, type,
 * length and code table. This annotation is the one source of truth for each field — the JSON and
 * CSV mapping, the validators and the messages all read it through {@link IndicatorCatalogue}.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Indicator {

  /**
   * The record key: the lowercase national code where there is one ({@code aac002}), else camelCase.
   *
   * @since 0.1.0
   */
  String key();

  /**
   * The national indicator code ({@code AAC002}); empty when the national tables do not code it.
   *
   * @since 0.1.0
   */
  String code() default "";

  /**
   * The Chinese name, as the source document writes it.
   *
   * @since 0.1.0
   */
  String name();

  /**
   * The value's type.
   *
   * @since 0.1.0
   */
  IndicatorType type() default IndicatorType.CHARACTER;

  /**
   * The maximum length in characters (code points); 0 when the source gives none.
   *
   * @since 0.1.0
   */
  int length() default 0;

  /**
   * The code table the value must belong to ({@code codes.md} table id), or empty.
   *
   * @since 0.1.0
   */
  String table() default "";

  /**
   * Where the field comes from when it has no national code, e.g. {@code 002 二(一)}.
   *
   * @since 0.1.0
   */
  String source() default "";

  /**
   * Whether the field is written by derivation ({@code record-format.md}, "Fields that derivation
   * writes"): {@code employmentState}, {@code noUnitType}, the per-insurance status codes and the
   * like. The handler and review fields ({@code aae011}, {@code aae036}, {@code aae014}, {@code
   * aae015}) are not: they are given fields, which derivation fills only for data-cleaning records.
   *
   * @since 0.1.0
   */
  boolean derived() default false;
}
