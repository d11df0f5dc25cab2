/**
 * Contact phone numbers (联系电话): validation and masking ({@code 138****8000}).
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.codes.phone;
