package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;

/**
 * Reports an unknown key inside a model object that has no {@code unknown} map to keep it in (an
 * element of {@code explanations} or {@code findings}) as a mismatch, even when the mapper ignores
 * unknown properties: {@code record-format.md} allows nothing to be dropped silently, so the line is
 * reported as unreadable instead. The record and its nested records ({@code unit}, {@code guardian},
 * an enrolment or benefit, {@code workInjury}, its {@code survivorPension}) never get here: {@link
 * UnknownKeysDeserializer} gives their unknown keys to their {@code unknown} map.
 */
final class NestedUnknownKeyHandler extends DeserializationProblemHandler {

  static final NestedUnknownKeyHandler INSTANCE = new NestedUnknownKeyHandler();

  private NestedUnknownKeyHandler() {}

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
    if (!IndicatorAnnotationIntrospector.isModelType(type)) {
      return false;
    }
    return ctxt.reportInputMismatch(type, "unknown key \"%s\" in %s", propertyName, type.getSimpleName());
  }
}
