package com.catalog.command.product.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.domain.Actor;
import com.catalog.command.product.changedetails.PatchProductDetailsCommand;
import com.catalog.command.product.publish.PublishProductCommand;
import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.value.ProductId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Events stored as revision 1 (the JSON the app wrote before revision 2), in the real PostgreSQL event store:
 * read back through the upcaster chain, rehydrated into the aggregate and changed again.
 */
@SpringBootTest
class StoredRevision1EventsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        PostgresDatabase database = TestEngines.postgres();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestEngines.jwt()::publicKeyLocation);
    }

    @Test
    void a_stored_revision_1_history_is_read_as_revision_2() {
        String id = UUID.randomUUID().toString();
        storeRevision1History(id);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream().toList();

        assertThat(events).hasSize(2);
        ProductCreatedEvent created = (ProductCreatedEvent) events.get(0).getPayload();
        assertThat(created.name()).isEqualTo(Map.of("en", "Legacy mug"));
        assertThat(created.description()).isEqualTo(Map.of("en", "Stoneware"));
        assertThat(created.slug()).isEqualTo(id);
        assertThat(created.prices()).containsExactly(new CurrencyAmount("EUR", 1299));
        assertThat(((ProductPriceChangedEvent) events.get(1).getPayload()).newPriceAmount()).isEqualTo(1499);
    }

    @Test
    void a_product_with_a_revision_1_history_loads_and_takes_new_commands() throws Exception {
        String id = UUID.randomUUID().toString();
        storeRevision1History(id);
        Actor owner = Actor.nonAdmin("legacy-seller");

        commands.sendAndWait(new PatchProductDetailsCommand(new ProductId(id), owner, 1L,
                json.readTree("{\"name\": {\"de\": \"Alter Becher\"}}")));
        commands.sendAndWait(new PublishProductCommand(new ProductId(id), owner, 2L));

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream().toList();
        assertThat(events).extracting(e -> e.getPayloadType().getSimpleName()).containsExactly(
                "ProductCreatedEvent", "ProductPriceChangedEvent", "ProductDetailsChangedEvent", "ProductPublishedEvent");
        assertThat(jdbc.sql("SELECT payload_revision FROM event_store.domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 0").param(id).query(String.class).single()).isEqualTo("1");
    }

    /** Exactly the rows the app stored before revision 2: JSON payloads of the old record shape. */
    private void storeRevision1History(String id) {
        insert(id, 0, ProductCreatedEvent.class.getName(), "1", """
                {"productId":"%s","sellerId":"legacy-seller","name":"Legacy mug","description":"Stoneware",\
                "sku":"LEGACY-%s","priceAmount":1299,"priceCurrency":"EUR"}""".formatted(id, id.substring(0, 8).toUpperCase()));
        insert(id, 1, ProductPriceChangedEvent.class.getName(), "1", """
                {"productId":"%s","oldPriceAmount":1299,"oldPriceCurrency":"EUR","newPriceAmount":1499,\
                "newPriceCurrency":"EUR"}""".formatted(id));
    }

    private void insert(String aggregateId, long sequence, String type, String revision, String payload) {
        jdbc.sql("""
                        INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                            type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, 'Product', '2026-01-01T00:00:00Z', ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), aggregateId, sequence, type, revision,
                        payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8))
                .update();
    }
}
