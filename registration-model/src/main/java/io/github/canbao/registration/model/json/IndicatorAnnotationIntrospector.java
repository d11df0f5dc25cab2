package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.indicator.Indicator;
import io.github.canbao.registration.model.indicator.IndicatorType;
import java.util.List;
import java.util.Optional;

/**
 * Maps the model without Jackson annotations on it: each property is named after its {@link
 * Indicator#key()} (Java copies a record component's annotation to the field, the accessor and the
 * canonical constructor's parameter, so one lookup serves all three), and the model's conventions
 * are declared here once instead of on every component.
 *
 * <ul>
 *   <li>An empty {@code Optional} and an empty list are left out of the output: absent and empty
 *       mean the same in the model, so an explicit {@code null} or {@code []} is written back as
 *       absent.
 *   <li>A {@code null} inside a list is skipped, because the model's lists hold no nulls.
 *   <li>Each indicator's value is read by a deserializer for its {@link Indicator#type()}: texts
 *       accept JSON numbers as their text, dates are normalised to {@code YYYYMMDD}, booleans and
 *       whole numbers are strict.
 *   <li>The {@code unknown()} accessor of the record and of each nested record is the any-getter,
 *       so unknown keys are written back as keys of their object ({@link UnknownKeysDeserializer}
 *       reads them).
 * </ul>
 *
 * <p>Only the model's own types (the package of {@link RegistrationRecord}) are affected: a user's
 * types in the same mapper keep Jackson's defaults.
 */
final class IndicatorAnnotationIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  static final IndicatorAnnotationIntrospector INSTANCE = new IndicatorAnnotationIntrospector();

  private static final String MODEL_PACKAGE = RegistrationRecord.class.getPackageName();

  private static final JsonInclude.Value NON_ABSENT =
      JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS);
  private static final JsonInclude.Value NON_EMPTY =
      JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS);
  private static final JsonSetter.Value SKIP_NULL_ELEMENTS = JsonSetter.Value.forContentNulls(Nulls.SKIP);

  private IndicatorAnnotationIntrospector() {}

  /** Whether {@code type} is one of the model's own types. */
  static boolean isModelType(Class<?> type) {
    return type.getPackageName().equals(MODEL_PACKAGE);
  }

  @Override
  public Version version() {
    return RegistrationModule.VERSION;
  }

  @Override
  public PropertyName findNameForSerialization(Annotated a) {
    return indicatorName(a);
  }

  @Override
  public PropertyName findNameForDeserialization(Annotated a) {
    return indicatorName(a);
  }

  @Override
  public Boolean hasAnyGetter(Annotated a) {
    if (a instanceof AnnotatedMethod method
        && method.getParameterCount() == 0
        && method.getName().equals(RecordShape.UNKNOWN)
        && RecordShape.of(method.getDeclaringClass()).isPresent()) {
      return Boolean.TRUE;
    }
    return null;
  }

  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated a) {
    if (!isModelMember(a)) {
      return JsonInclude.Value.empty();
    }
    Class<?> raw = a.getRawType();
    if (raw == Optional.class) {
      return NON_ABSENT;
    }
    if (raw == List.class) {
      return NON_EMPTY;
    }
    return JsonInclude.Value.empty();
  }

  @Override
  public JsonSetter.Value findSetterInfo(Annotated a) {
    return isModelMember(a) && a.getRawType() == List.class ? SKIP_NULL_ELEMENTS : JsonSetter.Value.empty();
  }

  @Override
  public Object findContentDeserializer(Annotated a) {
    Indicator indicator = a.getAnnotation(Indicator.class);
    if (indicator == null) {
      return null;
    }
    Class<?> content = contentType(a);
    return switch (indicator.type()) {
      case DATE -> content == String.class ? DateTextDeserializer.INSTANCE : null;
      case BOOLEAN -> content == Boolean.class ? BooleanValueDeserializer.INSTANCE : null;
      case INTEGER -> content == Integer.class ? IntegerValueDeserializer.INSTANCE : null;
      default -> content == String.class ? TextDeserializer.INSTANCE : null;
    };
  }

  @Override
  public Object findContentSerializer(Annotated a) {
    Indicator indicator = a.getAnnotation(Indicator.class);
    if (indicator != null && indicator.type() == IndicatorType.DATE && contentType(a) == String.class) {
      return DateTextSerializer.INSTANCE;
    }
    return null;
  }

  private static PropertyName indicatorName(Annotated a) {
    Indicator indicator = a.getAnnotation(Indicator.class);
    return indicator == null ? null : PropertyName.construct(indicator.key());
  }

  private static boolean isModelMember(Annotated a) {
    return a instanceof AnnotatedMember member && isModelType(member.getDeclaringClass());
  }

  /** The {@code X} of {@code Optional<X>} or {@code List<X>}, else the raw type. */
  private static Class<?> contentType(Annotated a) {
    JavaType type = a.getType();
    JavaType content = type.getContentType();
    return content == null ? type.getRawClass() : content.getRawClass();
  }
}
