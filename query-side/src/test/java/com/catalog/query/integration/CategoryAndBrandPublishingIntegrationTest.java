package com.catalog.query.integration;

import com.catalog.engines.TestEngines;
import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.brand.BrandDeletedEvent;
import com.catalog.events.brand.BrandFeaturedEvent;
import com.catalog.events.brand.BrandUpdatedEvent;
import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.category.CategoryDeactivatedEvent;
import com.catalog.events.category.CategoryDeletedEvent;
import com.catalog.events.category.CategoryDetailsChangedEvent;
import com.catalog.events.category.CategoryFeaturedEvent;
import com.catalog.events.category.CategoryMovedEvent;
import com.catalog.events.category.CategoryReorderedEvent;
import com.catalog.events.integration.BrandChangedIntegrationEvent;
import com.catalog.events.integration.BrandCreatedIntegrationEvent;
import com.catalog.events.integration.BrandDeletedIntegrationEvent;
import com.catalog.events.integration.CategoryChangedIntegrationEvent;
import com.catalog.events.integration.CategoryCreatedIntegrationEvent;
import com.catalog.events.integration.CategoryDeletedIntegrationEvent;
import com.catalog.events.integration.CategoryMovedIntegrationEvent;
import com.catalog.query.QuerySideEngines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static com.catalog.query.integration.IntegrationTopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Category and brand events appended to the real event store reach their own Kafka topics through their publisher
 * processors, keyed and headed like product events, with bodies valid against the published schemas; the catch-up
 * API returns the same events, narrowed by topic.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.integration.topic-partitions=2",
        "catalog.search.alias=catalog-products-taxonomy-publishing",
        "catalog.search.index=catalog-products-taxonomy-publishing-v1"})
class CategoryAndBrandPublishingIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
    }

    @Autowired EventStore eventStore;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @Test
    void every_category_event_with_a_public_meaning_is_on_the_category_topic_in_order() throws Exception {
        String id = UUID.randomUUID().toString();
        String parent = UUID.randomUUID().toString();
        String successor = UUID.randomUUID().toString();
        List<String> eventIds = appendAll("Category", id, List.of(
                new CategoryCreatedEvent(id, "Shoes", "shoes", null, null, 10),
                new CategoryDetailsChangedEvent(id, "Footwear", "footwear", null),
                new CategoryReorderedEvent(id, 5),
                new CategoryFeaturedEvent(id),
                new CategoryMovedEvent(id, null, parent),
                new CategoryDeactivatedEvent(id),
                new CategoryDeletedEvent(id, successor)));

        List<ConsumerRecord<String, byte[]>> records = IntegrationTopicReader.firstDeliveries(
                IntegrationTopicReader.recordsWithKeys(CategoryCreatedIntegrationEvent.TOPIC, Set.of(id), 7, PATIENCE));

        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                CategoryCreatedIntegrationEvent.TYPE, CategoryChangedIntegrationEvent.TYPE,
                CategoryChangedIntegrationEvent.TYPE, CategoryChangedIntegrationEvent.TYPE,
                CategoryMovedIntegrationEvent.TYPE, CategoryChangedIntegrationEvent.TYPE,
                CategoryDeletedIntegrationEvent.TYPE);
        assertKeyedCloudEvents(records, id, eventIds, List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L));
        JsonNode renamed = json.readTree(records.get(1).value());
        assertThat(renamed.path("changedFields")).extracting(JsonNode::asText).containsExactly("name", "slug");
        assertThat(renamed.path("before").path("name").asText()).isEqualTo("Shoes");
        assertThat(renamed.path("after").path("slug").asText()).isEqualTo("footwear");
        assertThat(json.readTree(records.get(2).value()).path("before").path("sortOrder").asInt()).isEqualTo(10);
        assertThat(json.readTree(records.get(4).value()).path("parentIdAfter").asText()).isEqualTo(parent);
        assertThat(json.readTree(records.get(6).value()).path("reassignProductsTo").asText()).isEqualTo(successor);
    }

    @Test
    void brand_events_are_on_the_brand_topic_and_a_change_of_nothing_is_not_published() throws Exception {
        String id = UUID.randomUUID().toString();
        List<String> eventIds = appendAll("Brand", id, List.of(
                new BrandCreatedEvent(id, "Acme", "acme", null, null, null),
                new BrandUpdatedEvent(id, "Acme", "acme", "Tools", null, "https://acme.example"),
                new BrandUpdatedEvent(id, "Acme", "acme", "Tools", null, "https://acme.example"),
                new BrandFeaturedEvent(id),
                new BrandDeletedEvent(id, null)));

        List<ConsumerRecord<String, byte[]>> records = IntegrationTopicReader.firstDeliveries(
                IntegrationTopicReader.recordsWithKeys(BrandCreatedIntegrationEvent.TOPIC, Set.of(id), 4, PATIENCE));

        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(BrandCreatedIntegrationEvent.TYPE,
                BrandChangedIntegrationEvent.TYPE, BrandChangedIntegrationEvent.TYPE, BrandDeletedIntegrationEvent.TYPE);
        assertKeyedCloudEvents(records, id, List.of(eventIds.get(0), eventIds.get(1), eventIds.get(3), eventIds.get(4)),
                List.of(0L, 1L, 3L, 4L));
        JsonNode updated = json.readTree(records.get(1).value());
        assertThat(updated.path("changedFields")).extracting(JsonNode::asText).containsExactly("description", "websiteUrl");
        assertThat(updated.path("before").hasNonNull("websiteUrl")).as("no site before").isFalse();
        assertThat(updated.path("after").path("websiteUrl").asText()).isEqualTo("https://acme.example");
    }

    @Test
    void the_catch_up_api_returns_the_same_category_events_and_filters_by_topic() throws Exception {
        String category = UUID.randomUUID().toString();
        String brand = UUID.randomUUID().toString();
        appendAll("Brand", brand, List.of(new BrandCreatedEvent(brand, "Zeta", "zeta", null, null, null)));
        appendAll("Category", category, List.of(new CategoryCreatedEvent(category, "Hats", "hats", null, null, 1),
                new CategoryFeaturedEvent(category)));
        List<ConsumerRecord<String, byte[]>> onKafka = IntegrationTopicReader.firstDeliveries(
                IntegrationTopicReader.recordsWithKeys(CategoryCreatedIntegrationEvent.TOPIC, Set.of(category), 2, PATIENCE));

        List<JsonNode> items = new ArrayList<>();
        catchUp("topic=" + CategoryCreatedIntegrationEvent.TOPIC + "&limit=1000").path("items").forEach(items::add);

        assertThat(items).extracting(i -> i.path("topic").asText()).containsOnly(CategoryCreatedIntegrationEvent.TOPIC);
        assertThat(items).extracting(i -> i.path("subject").asText()).doesNotContain(brand);
        List<JsonNode> mine = items.stream().filter(i -> i.path("subject").asText().equals(category)).toList();
        assertThat(mine).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(mine.get(i).path("id").asText()).isEqualTo(header(onKafka.get(i), "ce_id"));
            assertThat(mine.get(i).path("type").asText()).isEqualTo(header(onKafka.get(i), "ce_type"));
            assertThat(mine.get(i).path("data")).isEqualTo(json.readTree(onKafka.get(i).value()));
        }
        assertThat(get("/api/v1/integration/events?topic=catalog.users.v1").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void publish_lag_and_publish_errors_are_metrics_per_topic_and_the_lag_drains_to_zero() throws Exception {
        String id = UUID.randomUUID().toString();
        appendAll("Brand", id, List.of(new BrandCreatedEvent(id, "Omega", "omega", null, null, null)));
        IntegrationTopicReader.recordsWithKeys(BrandCreatedIntegrationEvent.TOPIC, Set.of(id), 1, PATIENCE);

        String scrape = awaitScrape(body -> List.of("catalog.product.v1", "catalog.category.v1", "catalog.brand.v1")
                .stream().allMatch(topic -> body.contains("catalog_integration_publish_errors_total{")
                        && lagLine(body, topic).matches(".* 0\\.0")));

        for (String topic : List.of("catalog.product.v1", "catalog.category.v1", "catalog.brand.v1")) {
            assertThat(scrape).contains("catalog_integration_publish_errors_total{application=\"catalog-query-side\",topic=\""
                    + topic + "\"}");
        }
    }

    private String awaitScrape(Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = scrape();
            if (done.test(body)) {
                return body;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("metrics did not settle within " + PATIENCE + ":\n" + body.lines()
                .filter(line -> line.startsWith("catalog_integration_")).toList());
    }

    private String scrape() {
        ResponseEntity<String> response = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static String lagLine(String scrape, String topic) {
        return scrape.lines().filter(line -> line.startsWith("catalog_integration_publish_lag_events{")
                && line.contains("topic=\"" + topic + "\"")).findFirst().orElse("");
    }

    private void assertKeyedCloudEvents(List<ConsumerRecord<String, byte[]>> records, String id, List<String> eventIds,
                                        List<Long> sequences) throws Exception {
        assertThat(records).extracting(ConsumerRecord::key).containsOnly(id);
        assertThat(records).extracting(r -> header(r, "ce_id")).containsExactlyElementsOf(eventIds);
        assertThat(records).extracting(r -> Long.parseLong(header(r, "ce_sequence")))
                .containsExactlyElementsOf(sequences);
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(header(record, "ce_subject")).isEqualTo(id);
            assertThat(header(record, "ce_source")).isEqualTo("urn:catalog:command-side");
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            assertThat(Instant.parse(header(record, "ce_time"))).isBefore(Instant.now());
            assertThat(json.readTree(record.value()).path("sequence").asText()).isEqualTo(header(record, "ce_sequence"));
            assertThat(IntegrationEventSchema.ofType(header(record, "ce_type")).violations(record.value()))
                    .as(header(record, "ce_type")).isEmpty();
        }
    }

    /** @return the appended events' ids, which the public events must carry as ce_id */
    private List<String> appendAll(String aggregateType, String id, List<Object> payloads) {
        List<String> ids = new ArrayList<>();
        for (int sequence = 0; sequence < payloads.size(); sequence++) {
            GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(aggregateType, id, sequence,
                    payloads.get(sequence), MetaData.from(Map.of("actorId", "admin-1", "actorRole", "ADMIN")));
            eventStore.publish(message);
            ids.add(message.getIdentifier());
        }
        return ids;
    }

    private JsonNode catchUp(String query) {
        ResponseEntity<JsonNode> response = get("/api/v1/integration/events?" + query);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> get(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestEngines.jwt().mint("taxonomy-publishing", Duration.ofMinutes(5), "INTEGRATION"));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
