package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;

/** Wraps the bean deserializer of each record that keeps unknown keys in an {@link UnknownKeysDeserializer}. */
final class UnknownKeysModifier extends BeanDeserializerModifier {

  private static final long serialVersionUID = 1L;

  static final UnknownKeysModifier INSTANCE = new UnknownKeysModifier();

  private UnknownKeysModifier() {}

  @Override
  public JsonDeserializer<?> modifyDeserializer(
      DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return RecordShape.of(beanDesc.getBeanClass())
        .<JsonDeserializer<?>>map(shape -> new UnknownKeysDeserializer(deserializer, shape))
        .orElse(deserializer);
  }
}
