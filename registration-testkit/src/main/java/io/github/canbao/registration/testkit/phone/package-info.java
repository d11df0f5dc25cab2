/**
 * Generated contact phone numbers (联系电话), valid or of no accepted form.
 *
 * <pre>{@code
 * Gen<String> broken = PhoneNumbers.malformed();
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.testkit.phone;
