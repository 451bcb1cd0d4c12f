package com.catalog.query.integration;

import com.catalog.engines.KafkaEngine;
import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.category.CategoryReorderedEvent;
import com.catalog.events.integration.CategoryCreatedIntegrationEvent;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.query.product.ProductEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static com.catalog.query.integration.IntegrationTopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka goes away while the catalog keeps writing: the events pile up in the store (the publish lag and error metrics
 * say so), and once the broker is back — same port, same data — the publishers resume by themselves, with every event
 * on its topic, none lost, in per-key order. The broker is one of this class's own ({@link TestEngines#newKafka()}),
 * so stopping it disturbs no other test. The outage lasts {@code catalog.test.kafka-outage-seconds} (default 20, to
 * keep the suite fast; {@code -Dcatalog.test.kafka-outage-seconds=60} runs the full minute of issue 6).
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.integration.topic-partitions=2",
        "catalog.integration.lag-poll-interval=500ms",
        "catalog.search.alias=catalog-products-kafka-outage",
        "catalog.search.index=catalog-products-kafka-outage-v1"})
class KafkaOutageIntegrationTest {

    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("catalog.test.kafka-outage-seconds", 20));
    private static final Duration WRITE_PAUSE = Duration.ofMillis(250);
    private static final Duration RECOVERY = Duration.ofMinutes(3);
    private static final int PRODUCTS = 10;
    private static final int CATEGORIES = 3;

    private static KafkaEngine kafka = TestEngines.newKafka();

    @Autowired EventStore eventStore;
    @Autowired TestRestTemplate http;

    /** Aggregate id → the ids of its events in sequence order (index = ce_sequence), per topic. */
    private final Map<String, List<String>> products = new LinkedHashMap<>();
    private final Map<String, List<String>> categories = new LinkedHashMap<>();

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        PostgresDatabase database = TestEngines.newDatabase();
        new ResourceDatabasePopulator(new ClassPathResource("event-store-schema.sql"))
                .execute(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.kafka.bootstrap-servers", () -> kafka.bootstrapServers());
        registry.add("spring.elasticsearch.uris", TestEngines::elasticsearchUrl);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> TestEngines.jwt().publicKeyLocation());
    }

    @AfterAll
    static void stopBroker() {
        kafka.stop();
    }

    @Test
    void publishing_resumes_by_itself_after_kafka_was_down_with_nothing_lost_and_per_key_order_kept() throws Exception {
        createAggregates();
        awaitAllPublished();

        kafka.stop();
        int writtenDuringOutage = keepWriting(OUTAGE);
        String duringOutage = awaitScrape(body -> lag(body, ProductCreatedIntegrationEvent.TOPIC) > 0
                && errors(body, ProductCreatedIntegrationEvent.TOPIC) > 0);
        assertThat(lag(duringOutage, CategoryCreatedIntegrationEvent.TOPIC)).as("category lag while Kafka is down")
                .isPositive();
        kafka = kafka.restart();

        assertThat(writtenDuringOutage).isGreaterThan(10);
        awaitAllPublished();
        awaitScrape(body -> lag(body, ProductCreatedIntegrationEvent.TOPIC) == 0
                && lag(body, CategoryCreatedIntegrationEvent.TOPIC) == 0);
    }

    private void createAggregates() {
        for (int i = 0; i < PRODUCTS; i++) {
            String id = UUID.randomUUID().toString();
            products.put(id, new ArrayList<>());
            append("Product", id, products, ProductEvents.created(id, "seller-1", "Lamp " + i, null,
                    "SKU-" + id.substring(0, 8).toUpperCase(), 1000, "EUR"));
        }
        for (int i = 0; i < CATEGORIES; i++) {
            String id = UUID.randomUUID().toString();
            categories.put(id, new ArrayList<>());
            append("Category", id, categories, new CategoryCreatedEvent(id, "Lamps " + i, "lamps-" + id, null, null, 0));
        }
    }

    /** Writes round-robin over the aggregates, each write a real change, for as long as the outage lasts. */
    private int keepWriting(Duration outage) throws InterruptedException {
        List<String> productIds = List.copyOf(products.keySet());
        List<String> categoryIds = List.copyOf(categories.keySet());
        long deadline = System.nanoTime() + outage.toNanos();
        int written = 0;
        while (System.nanoTime() < deadline) {
            String product = productIds.get(written % productIds.size());
            long price = 1000 + products.get(product).size();
            append("Product", product, products, new ProductPriceChangedEvent(product, price - 1, "EUR", price, "EUR", false));
            String category = categoryIds.get(written % categoryIds.size());
            append("Category", category, categories, new CategoryReorderedEvent(category, categories.get(category).size()));
            written += 2;
            Thread.sleep(WRITE_PAUSE.toMillis());
        }
        return written;
    }

    private void append(String type, String id, Map<String, List<String>> written, Object payload) {
        List<String> eventIds = written.get(id);
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(type, id, eventIds.size(), payload,
                MetaData.from(Map.of("actorId", "admin-1", "actorRole", "ADMIN")));
        eventStore.publish(message);
        eventIds.add(message.getIdentifier());
    }

    private void awaitAllPublished() {
        assertAllOnTopicInOrder(ProductCreatedIntegrationEvent.TOPIC, products);
        assertAllOnTopicInOrder(CategoryCreatedIntegrationEvent.TOPIC, categories);
    }

    /**
     * Every written event is on the topic at least once; per key, in offset order, each record is either the next
     * sequence or a redelivery of one already seen (same ce_id): first occurrences run 0, 1, 2, … without gaps.
     */
    private void assertAllOnTopicInOrder(String topic, Map<String, List<String>> written) {
        int expected = written.values().stream().mapToInt(List::size).sum();
        List<ConsumerRecord<String, byte[]>> records = IntegrationTopicReader.recordsWithKeys(kafka.bootstrapServers(),
                topic, written.keySet(), expected, RECOVERY);
        Map<String, List<String>> firstSeen = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            List<String> seen = firstSeen.computeIfAbsent(record.key(), key -> new ArrayList<>());
            int sequence = Integer.parseInt(header(record, "ce_sequence"));
            String eventId = header(record, "ce_id");
            if (sequence == seen.size()) {
                seen.add(eventId);
            } else {
                assertThat(sequence).as("%s: a redelivery of an earlier sequence, never a jump", record.key())
                        .isLessThan(seen.size());
                assertThat(eventId).as("a redelivered record keeps its ce_id").isEqualTo(seen.get(sequence));
            }
            ids.add(eventId);
        }
        assertThat(firstSeen).as(topic).isEqualTo(written);
        assertThat(ids).hasSize(expected);
    }

    private String awaitScrape(Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = http.getForObject("/actuator/prometheus", String.class);
            if (done.test(body)) {
                return body;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("metrics not as expected within " + RECOVERY + ":\n" + body.lines()
                .filter(line -> line.startsWith("catalog_integration_")).toList());
    }

    private static double lag(String scrape, String topic) {
        return value(scrape, "catalog_integration_publish_lag_events{", topic);
    }

    private static double errors(String scrape, String topic) {
        return value(scrape, "catalog_integration_publish_errors_total{", topic);
    }

    private static double value(String scrape, String series, String topic) {
        return scrape.lines().filter(line -> line.startsWith(series) && line.contains("topic=\"" + topic + "\""))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1.0);
    }
}
