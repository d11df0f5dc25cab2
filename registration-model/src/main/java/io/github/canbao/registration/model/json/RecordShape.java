package io.github.canbao.registration.model.json;

import io.github.canbao.registration.model.indicator.Indicator;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import io.github.canbao.registration.model.indicator.IndicatorField;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the mapping needs to know about a record type whose components carry {@link Indicator}s and
 * that keeps unknown keys in a {@code Map<String, Object> unknown} component, as {@link
 * io.github.canbao.registration.model.RegistrationRecord} and each of its nested records ({@code
 * Unit}, {@code Guardian}, {@code Enrolment}, {@code Benefit}, {@code WorkInjury}, {@code
 * SurvivorPension}) do: its known keys (its own indicator keys, from the {@link
 * IndicatorCatalogue}, the one source of truth), and how to give a record its unknown keys. One
 * shape a type, found by reflection, so that every such record is mapped by the same code.
 */
final class RecordShape {

  /** The name of the component that keeps unknown keys. */
  static final String UNKNOWN = "unknown";

  private static final ClassValue<Optional<RecordShape>> SHAPES =
      new ClassValue<>() {
        @Override
        protected Optional<RecordShape> computeValue(Class<?> type) {
          return Optional.ofNullable(create(type));
        }
      };

  private final Set<String> knownKeys;
  private final int unknownIndex;
  private final MethodHandle[] accessors;
  private final MethodHandle constructor;

  private RecordShape(Set<String> knownKeys, int unknownIndex, MethodHandle[] accessors, MethodHandle constructor) {
    this.knownKeys = knownKeys;
    this.unknownIndex = unknownIndex;
    this.accessors = accessors;
    this.constructor = constructor;
  }

  /** The shape of {@code type}, or empty when it is not a record with indicators and unknown keys. */
  static Optional<RecordShape> of(Class<?> type) {
    return SHAPES.get(type);
  }

  /** The record keys of the type's own indicator components. */
  Set<String> knownKeys() {
    return knownKeys;
  }

  /**
   * A copy of {@code record} holding {@code unknown} as its unknown keys. Rebuilt through the
   * canonical constructor because a record has no other way to change a component, and the
   * compact constructor makes the map unmodifiable.
   */
  Object withUnknown(Object record, Map<String, Object> unknown) {
    Object[] arguments = new Object[accessors.length];
    try {
      for (int i = 0; i < accessors.length; i++) {
        arguments[i] = i == unknownIndex ? unknown : (Object) accessors[i].invokeExact(record);
      }
      return (Object) constructor.invokeExact(arguments);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      // Accessors and the canonical constructor of a public record declare no checked exception.
      throw new IllegalStateException("cannot rebuild " + record.getClass().getName(), e);
    }
  }

  private static RecordShape create(Class<?> type) {
    if (!type.isRecord() || !java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    int unknownIndex = -1;
    boolean indicators = false;
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      indicators |= c.isAnnotationPresent(Indicator.class);
      if (c.getName().equals(UNKNOWN) && c.getType() == Map.class && !c.isAnnotationPresent(Indicator.class)) {
        unknownIndex = i;
      }
    }
    if (unknownIndex < 0 || !indicators) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Class<? extends Record> recordType = (Class<? extends Record>) type;
    Set<String> known =
        IndicatorCatalogue.of(recordType).topLevel().stream()
            .map(IndicatorField::key)
            .collect(Collectors.toUnmodifiableSet());
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    MethodHandle[] accessors = new MethodHandle[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        accessors[i] =
            lookup.unreflect(components[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
      }
      Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      MethodHandle constructor =
          lookup
              .unreflectConstructor(type.getDeclaredConstructor(parameterTypes))
              .asSpreader(Object[].class, components.length)
              .asType(MethodType.methodType(Object.class, Object[].class));
      return new RecordShape(known, unknownIndex, accessors, constructor);
    } catch (ReflectiveOperationException e) {
      // A public record always has public accessors and a public canonical constructor.
      throw new IllegalStateException("cannot map " + type.getName(), e);
    }
  }
}
