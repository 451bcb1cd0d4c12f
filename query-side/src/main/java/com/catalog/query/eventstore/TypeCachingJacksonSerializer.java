package com.catalog.query.eventstore;

import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's Jackson serializer with the payload type resolution cached per serialized type (name and revision). Axon's
 * own {@link JacksonSerializer#classForType} resolves the class name through {@code Class.forName} on every call,
 * and reading one event calls it at least twice (when the message is built and when its payload is deserialised),
 * once more for its metadata: a visible share of a replay's CPU. The handful of event types makes the cache tiny.
 * Everything else (object mapper, converter, revisions, unknown types) is the wrapped serializer's.
 */
final class TypeCachingJacksonSerializer extends JacksonSerializer {

    private final Map<SerializedType, Class<?>> classes = new ConcurrentHashMap<>();

    private TypeCachingJacksonSerializer(Builder builder) {
        super(builder);
    }

    /** The same serialisation as {@code serializer}: its object mapper and converter, the application's revisions. */
    static TypeCachingJacksonSerializer of(JacksonSerializer serializer, RevisionResolver revisions) {
        return new TypeCachingJacksonSerializer(JacksonSerializer.builder()
                .objectMapper(serializer.getObjectMapper())
                .converter(serializer.getConverter())
                .revisionResolver(revisions));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return classes.computeIfAbsent(type, super::classForType);
    }
}
