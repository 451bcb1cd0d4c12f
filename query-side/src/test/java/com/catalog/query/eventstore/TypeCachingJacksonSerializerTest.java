package com.catalog.query.eventstore;

import com.catalog.events.product.ProductPriceChangedEvent;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypeCachingJacksonSerializerTest {

    private final JacksonSerializer plain = JacksonSerializer.builder()
            .revisionResolver(new AnnotationRevisionResolver()).build();
    private final TypeCachingJacksonSerializer caching =
            TypeCachingJacksonSerializer.of(plain, new AnnotationRevisionResolver());

    @Test
    void reads_what_the_plain_serializer_wrote_with_the_same_type_and_revision() {
        ProductPriceChangedEvent event = new ProductPriceChangedEvent("p-1", 1000, "EUR", 1100, "EUR", false);
        SerializedObject<byte[]> written = plain.serialize(event, byte[].class);

        assertThat(caching.typeForClass(ProductPriceChangedEvent.class)).isEqualTo(written.getType());
        assertThat(caching.classForType(written.getType())).isEqualTo(ProductPriceChangedEvent.class);
        assertThat((Object) caching.deserialize(written)).isEqualTo(event);
        assertThat((Object) caching.deserialize(written)).isEqualTo(event);
    }

    @Test
    void an_unknown_type_stays_unknown_on_every_read() {
        SimpleSerializedType unknown = new SimpleSerializedType("com.catalog.events.NoSuchEvent", null);
        SimpleSerializedObject<byte[]> serialized = new SimpleSerializedObject<>("{}".getBytes(), byte[].class, unknown);

        assertThat(caching.classForType(unknown)).isEqualTo(UnknownSerializedType.class);
        assertThat((Object) caching.deserialize(serialized)).isInstanceOf(UnknownSerializedType.class);
        assertThat(caching.classForType(unknown)).isEqualTo(UnknownSerializedType.class);
    }
}
