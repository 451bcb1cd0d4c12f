package com.catalog.events.product.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One JSON fixture per stored revision: each revision 1 event reads as revision 2, not staged; revision 2 as it is. */
class StagedFlagUpcasterTest {

    private static final String PRODUCT = "6f1c2a8e-4d3b-4c5a-9e7f-0a1b2c3d4e5f";
    private final ObjectMapper json = new ObjectMapper();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final StagedFlagUpcaster upcaster = new StagedFlagUpcaster();

    static Stream<Arguments> revision1Events() {
        List<CurrencyAmount> none = List.of();
        return Stream.of(
                Arguments.of("product-variant-added-r1.json", new ProductVariantAddedEvent(PRODUCT, "v-1", "TRAIL-42-RED",
                        Map.of("size", "42", "colour", "red"), List.of(new CurrencyAmount("EUR", 2199)), false)),
                Arguments.of("product-variant-changed-r1.json", new ProductVariantChangedEvent(PRODUCT, "v-1",
                        List.of("prices"), Map.of("size", "42"), Map.of("size", "42"), none,
                        List.of(new CurrencyAmount("EUR", 2499)), false)),
                Arguments.of("product-variant-removed-r1.json",
                        new ProductVariantRemovedEvent(PRODUCT, "v-1", "TRAIL-42-RED", false)),
                Arguments.of("product-image-added-r1.json", new ProductImageAddedEvent(PRODUCT, "i-1",
                        "https://cdn.example.com/1.jpg", "Front", false)),
                Arguments.of("product-images-reordered-r1.json", new ProductImagesReorderedEvent(PRODUCT,
                        List.of("i-1", "i-2"), List.of("i-2", "i-1"), false)),
                Arguments.of("product-image-removed-r1.json", new ProductImageRemovedEvent(PRODUCT, "i-1",
                        "https://cdn.example.com/1.jpg", false)),
                Arguments.of("product-price-changed-r1.json",
                        new ProductPriceChangedEvent(PRODUCT, 1999, "EUR", 2499, "EUR", false)),
                Arguments.of("product-prices-changed-r1.json", new ProductPricesChangedEvent(PRODUCT,
                        List.of(new CurrencyAmount("EUR", 1999)),
                        List.of(new CurrencyAmount("EUR", 1899), new CurrencyAmount("USD", 2099)), none, none, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revision1Events")
    void a_revision_1_event_becomes_revision_2_and_not_staged(String fixture, Object expected) throws IOException {
        assertThat(upcastAndRead(fixture(fixture), expected.getClass(), "1")).isEqualTo(expected);
    }

    @Test
    void a_revision_2_event_is_left_alone() throws IOException {
        Object event = upcastAndRead(fixture("product-variant-added-r2.json"), ProductVariantAddedEvent.class, "2");

        assertThat(event).isEqualTo(new ProductVariantAddedEvent(PRODUCT, "v-1", "TRAIL-42-RED",
                Map.of("size", "42", "colour", "red"), List.of(), true));
    }

    @Test
    void other_events_of_revision_1_are_not_touched() {
        GenericDomainEventEntry<byte[]> entry = entry(json.createObjectNode(), "com.catalog.events.product.ProductPublishedEvent", "1");

        List<IntermediateEventRepresentation> upcast = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("1");
    }

    private Object upcastAndRead(JsonNode payload, Class<?> type, String revision) {
        List<IntermediateEventRepresentation> upcast = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(entry(payload, type.getName(), revision), serializer)))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.get(0).getData());
    }

    private GenericDomainEventEntry<byte[]> entry(JsonNode payload, String type, String revision) {
        SerializedObject<byte[]> serialized = serializer.serialize(payload, byte[].class);
        return new GenericDomainEventEntry<>("Product", PRODUCT, 0, "event-1", "2026-01-01T00:00:00Z", type, revision,
                serialized.getData(), serializer.serialize(MetaData.emptyInstance(), byte[].class).getData());
    }

    private JsonNode fixture(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("events/product/" + name)) {
            return json.readTree(in);
        }
    }
}
