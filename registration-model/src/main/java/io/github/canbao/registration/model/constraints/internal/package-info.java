/**
 * The constraint validators behind {@link io.github.canbao.registration.model.constraints}: thin
 * adapters over the {@code registration-codes} parsers, the walk over a record's indicator fields,
 * and the conversion of Hibernate Validator's violations into this library's. Not API: left out of
 * Javadoc and free to change.
 */
package io.github.canbao.registration.model.constraints.internal;
