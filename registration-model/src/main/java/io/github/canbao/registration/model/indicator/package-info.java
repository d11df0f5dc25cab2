/**
 * The indicator catalogue: every field of the record model with its national code, Chinese name,
 * type, length and code table, declared once by {@link
 * io.github.canbao.registration.model.indicator.Indicator} and read at run time through {@link
 * io.github.canbao.registration.model.indicator.IndicatorCatalogue}.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.model.indicator;
