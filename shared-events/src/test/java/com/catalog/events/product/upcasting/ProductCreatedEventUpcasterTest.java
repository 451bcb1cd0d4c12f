package com.catalog.events.product.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** One JSON fixture per stored revision: revision 1 is read back as revision 2, revision 2 as it is. */
class ProductCreatedEventUpcasterTest {

    private final ObjectMapper json = new ObjectMapper();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final ProductCreatedEventUpcaster upcaster = new ProductCreatedEventUpcaster();

    @Test
    void a_revision_1_event_becomes_revision_2_with_english_texts_the_id_as_slug_and_one_price() throws IOException {
        ProductCreatedEvent event = upcastAndRead(fixture("product-created-r1.json"), "1");

        assertThat(event.productId()).isEqualTo("6f1c2a8e-4d3b-4c5a-9e7f-0a1b2c3d4e5f");
        assertThat(event.sellerId()).isEqualTo("seller-1");
        assertThat(event.defaultLocale()).isEqualTo("en");
        assertThat(event.name()).isEqualTo(Map.of("en", "Trail shoe"));
        assertThat(event.description()).isEqualTo(Map.of("en", "Light and grippy"));
        assertThat(event.shortDescription()).isEmpty();
        assertThat(event.slug()).isEqualTo(event.productId());
        assertThat(event.sku()).isEqualTo("TRAIL-42");
        assertThat(event.prices()).containsExactly(new CurrencyAmount("EUR", 1999));
        assertThat(event.compareAtPrices()).isEmpty();
        assertThat(event.costPrice()).isNull();
        assertThat(event.attributes()).isEmpty();
        assertThat(event.categoryId()).isNull();
        assertThat(event.brandId()).isNull();
    }

    @Test
    void a_revision_1_event_without_description_gets_an_empty_map() throws IOException {
        JsonNode revision1 = json.readTree("""
                {"productId":"p-1","sellerId":"s","name":"Cup","description":null,"sku":"CUP","priceAmount":0,"priceCurrency":"JPY"}""");

        ProductCreatedEvent event = upcastAndRead(revision1, "1");

        assertThat(event.description()).isEmpty();
        assertThat(event.prices()).containsExactly(new CurrencyAmount("JPY", 0));
    }

    @Test
    void a_revision_2_event_is_left_alone() throws IOException {
        ProductCreatedEvent event = upcastAndRead(fixture("product-created-r2.json"), "2");

        assertThat(event.name()).containsEntry("de", "Laufschuh");
        assertThat(event.slug()).isEqualTo("trail-shoe");
        assertThat(event.prices()).containsExactly(new CurrencyAmount("EUR", 1999), new CurrencyAmount("USD", 2199));
        assertThat(event.costPrice()).isEqualTo(new CurrencyAmount("EUR", 900));
        assertThat(event.details().categoryId()).isEqualTo("cat-1");
    }

    private ProductCreatedEvent upcastAndRead(JsonNode payload, String revision) throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(payload, byte[].class);
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Product", "p-1", 0, "event-1",
                "2026-01-01T00:00:00Z", ProductCreatedEvent.class.getName(), revision, serialized.getData(),
                serializer.serialize(org.axonframework.messaging.MetaData.emptyInstance(), byte[].class).getData());
        List<IntermediateEventRepresentation> upcast = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.get(0).getData());
    }

    private JsonNode fixture(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("events/product/" + name)) {
            return json.readTree(in);
        }
    }
}
