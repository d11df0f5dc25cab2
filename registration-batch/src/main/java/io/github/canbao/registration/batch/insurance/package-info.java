/**
 * The five insurances (险种) and the facts about a record the batch operations read per insurance:
 * insured, should be insured but is not, duplicate enrolment and benefits.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.batch.insurance;
