package io.github.canbao.registration.model.indicator;

import java.lang.invoke.MethodHandle;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of the record model with its {@link Indicator}: where it is ({@code path}, e.g. {@code
 * unit.aab004} or {@code enrolments[].aac008}), what it is, and how to read it from its owner.
 *
 * @param path the dotted path from the top-level record; {@code []} marks a list element
 * @param key the record key (JSON key, CSV column of a top-level field)
 * @param code the national indicator code, empty when there is none
 * @param name the Chinese name
 * @param type the value's type
 * @param length the maximum length in code points, 0 when none
 * @param table the code table the value belongs to, empty when none
 * @param source the seed clause for a field without a national code
 * @param derived whether the field is written by derivation ({@link Indicator#derived()})
 * @param owner the record type that has the field
 * @param component the record component's name in Java
 * @param accessor reads the component from an instance of {@code owner}, for {@link
 *     #valueIn(Object)}
 * @since 0.1.0
 */
public record IndicatorField(
    String path,
    String key,
    String code,
    String name,
    IndicatorType type,
    int length,
    String table,
    String source,
    boolean derived,
    Class<? extends Record> owner,
    String component,
    MethodHandle accessor) {

  /**
   * Checks that every part is present.
   *
   * @throws NullPointerException if any component is null
   */
  public IndicatorField {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(accessor, "accessor");
  }

  /**
   * Whether the field is written by derivation ({@link Indicator#derived()}): {@code
   * employmentState}, {@code noUnitType} … {@code survivorPensionState}, but not the handler and
   * review fields, which are given.
   *
   * @since 0.1.0
   */
  @Override
  public boolean derived() {
    return derived;
  }

  /**
   * What a violation names as its indicator: the national code, or the record key for a field the
   * national tables do not code.
   *
   * @since 0.1.0
   */
  public String indicator() {
    return code.isEmpty() ? key : code;
  }

  /**
   * Whether the value must belong to a code table.
   *
   * @since 0.1.0
   */
  public boolean hasTable() {
    return !table.isEmpty();
  }

  /**
   * The field's value in {@code owner}, unwrapped from its {@code Optional}: empty when absent. A
   * list field gives the list itself.
   *
   * @throws IllegalArgumentException if {@code owner} is not of this field's owner type
   * @since 0.1.0
   */
  public Optional<Object> valueIn(Object owner) {
    if (!this.owner.isInstance(owner)) {
      throw new IllegalArgumentException(path + " is read from a " + this.owner.getSimpleName());
    }
    Object value;
    try {
      value = accessor.invoke(owner);
    } catch (Throwable e) {
      // Record accessors do not throw; anything here is a defect of the catalogue.
      throw new IllegalStateException("cannot read " + path, e);
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(Object.class::cast);
    }
    return Optional.ofNullable(value);
  }

  @Override
  public String toString() {
    return "IndicatorField[" + path + (code.isEmpty() ? "" : " " + code) + " " + name + "]";
  }
}
