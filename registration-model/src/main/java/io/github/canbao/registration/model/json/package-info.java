/**
 * The Jackson mapping of the record model ({@code record-format.md}): {@link
 * io.github.canbao.registration.model.json.RegistrationModule}, which names every property after its
 * {@link io.github.canbao.registration.model.indicator.Indicator} key and keeps unknown keys, and
 * {@link io.github.canbao.registration.model.json.RegistrationJson}, a mapper configured for it.
 * This is the one package whose public signatures use Jackson types (house style rule 1).
 *
 * <pre>{@code
 * ObjectMapper mapper = RegistrationJson.mapper();
 * RegistrationRecord record = mapper.readValue(line, RegistrationRecord.class);
 * String json = mapper.writeValueAsString(record);
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.model.json;
