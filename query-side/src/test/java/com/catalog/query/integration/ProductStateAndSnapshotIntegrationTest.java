package com.catalog.query.integration;

import com.catalog.query.EventAppender;
import com.catalog.query.QuerySideEngines;
import com.catalog.engines.TestEngines;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductRestoredIntegrationEvent;
import com.catalog.events.integration.ProductStateV1;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.query.product.ProductEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.catalog.query.integration.IntegrationTopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The compacted state topic and the snapshot API against the real engines, with a database of the class's own (so
 * the snapshot holds exactly these products): both show what buyers see, agree with each other, and hand over to
 * catalog.product.v1 by the position every record there carries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.integration.topic-partitions=2",
        "catalog.search.alias=catalog-products-state",
        "catalog.search.index=catalog-products-state-v1"})
class ProductStateAndSnapshotIntegrationTest {

    private static final String SNAPSHOT = "/api/v1/integration/products";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private final String live = UUID.randomUUID().toString();
    private final String discontinued = UUID.randomUUID().toString();
    private final String draft = UUID.randomUUID().toString();
    private final String returned = UUID.randomUUID().toString();
    private final Map<String, Long> positions = new HashMap<>();
    private long lastPosition;
    private int initialEvents;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry); // a database of its own, with the event store's tables
    }

    /** A published product with a staged rename, a discontinued one, a draft whose only variant came and went. */
    @BeforeAll
    void appendEvents() {
        append(live, 0, ProductEvents.created(live, "seller-1", "Oak Desk", "A desk", sku(live), 12900, "EUR"));
        append(live, 1, new ProductPublishedEvent(live, ProductStatus.DRAFT));
        append(live, 2, new ProductDetailsChangedEvent(live, List.of("name"), name("Oak Desk"), name("Walnut Desk"), true));
        append(live, 3, new ProductPriceChangedEvent(live, 12900, "EUR", 9900, "EUR", false));
        append(live, 4, new ProductVariantAddedEvent(live, "v-1", sku(live) + "-XL", Map.of("size", "XL"), List.of(), false));
        append(discontinued, 0, ProductEvents.created(discontinued, "seller-2", "Ash Chair", null, sku(discontinued), 4900, "EUR"));
        append(discontinued, 1, new ProductPublishedEvent(discontinued, ProductStatus.DRAFT));
        append(discontinued, 2, new ProductDiscontinuedEvent(discontinued, ProductStatus.PUBLISHED));
        append(draft, 0, ProductEvents.created(draft, "seller-3", "Pine Shelf", null, sku(draft), 2900, "EUR"));
        append(draft, 1, new ProductVariantAddedEvent(draft, "v-1", sku(draft) + "-S", Map.of("size", "S"), List.of(), false));
        append(draft, 2, new ProductVariantRemovedEvent(draft, "v-1", sku(draft) + "-S", false));
        append(returned, 0, ProductEvents.created(returned, "seller-5", "Fir Stool", null, sku(returned), 3900, "EUR"));
        append(returned, 1, new ProductVariantAddedEvent(returned, "v-1", sku(returned) + "-S", Map.of("size", "S"), List.of(), false));
        append(returned, 2, new ProductPublishedEvent(returned, ProductStatus.DRAFT));
        append(returned, 3, new ProductVariantAddedEvent(returned, "v-2", sku(returned) + "-M", Map.of("size", "M"), List.of(), true));
        append(returned, 4, new ProductDiscontinuedEvent(returned, ProductStatus.PUBLISHED));
        append(returned, 5, new ProductRestoredEvent(returned, ProductStatus.UNPUBLISHED));
        initialEvents = positions.size();
    }

    @Test
    void the_state_topic_is_compacted_and_its_latest_record_per_product_is_what_buyers_see() throws Exception {
        Map<String, ConsumerRecord<String, byte[]>> latest = latestStates();

        JsonNode liveState = json.readTree(latest.get(live).value());
        assertThat(IntegrationEventSchema.ofType(ProductStateV1.TYPE).violations(latest.get(live).value())).isEmpty();
        assertThat(liveState.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(liveState.path("names").path("en").asText()).as("the staged rename is not public").isEqualTo("Oak Desk");
        assertThat(liveState.path("prices").get(0).path("amount").asLong()).isEqualTo(9900);
        assertThat(liveState.path("variants").get(0).path("sku").asText()).isEqualTo(sku(live) + "-XL");
        assertThat(liveState.has("costPrice")).isFalse();
        assertThat(header(latest.get(live), "ce_type")).isEqualTo(ProductStateV1.TYPE);
        assertThat(header(latest.get(live), "ce_sequence")).isEqualTo("4");
        assertThat(Long.parseLong(header(latest.get(live), "catalog_position"))).isEqualTo(positions.get(live + "/4"));
        assertThat(liveState.path("position").asLong()).isEqualTo(positions.get(live + "/4"));

        assertThat(latest.get(discontinued).value()).as("tombstone").isNull();
        assertThat(header(latest.get(discontinued), "ce_sequence")).isEqualTo("2");
        assertThat(json.readTree(latest.get(draft).value()).path("variants")).isEmpty();

        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestEngines.kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, ProductStateV1.TOPIC);
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            // set by the query side when it created the topic (catalog.integration.state-topic.*), not broker defaults
            assertThat(config.get(TopicConfig.DELETE_RETENTION_MS_CONFIG).value())
                    .isEqualTo(Long.toString(Duration.ofDays(7).toMillis()));
            assertThat(config.get(TopicConfig.DELETE_RETENTION_MS_CONFIG).source())
                    .isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
            assertThat(config.get(TopicConfig.SEGMENT_MS_CONFIG).value())
                    .isEqualTo(Long.toString(Duration.ofDays(1).toMillis()));
            assertThat(config.get(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG).value()).isEqualTo("0");
        }
    }

    /** A subscriber that saw only the tombstone learns the SKUs back from the restore alone. */
    @Test
    void a_restore_on_the_product_topic_carries_the_skus_of_both_versions_and_the_state_comes_back() throws Exception {
        ConsumerRecord<String, byte[]> restore = IntegrationTopicReader.recordsWithKeys(ProductCreatedIntegrationEvent.TOPIC,
                Set.of(returned), 6, PATIENCE).stream()
                .filter(r -> ProductRestoredIntegrationEvent.TYPE.equals(header(r, "ce_type"))).findFirst().orElseThrow();
        JsonNode body = json.readTree(restore.value());

        assertThat(IntegrationEventSchema.ofType(ProductRestoredIntegrationEvent.TYPE).violations(restore.value())).isEmpty();
        assertThat(body.path("sku").asText()).isEqualTo(sku(returned));
        assertThat(body.path("variants")).extracting(v -> v.path("sku").asText()).containsExactly(sku(returned) + "-S");
        assertThat(body.path("stagedVariants")).extracting(v -> v.path("sku").asText())
                .containsExactly(sku(returned) + "-S", sku(returned) + "-M");
        JsonNode state = json.readTree(latestStates().get(returned).value());
        assertThat(state.path("status").asText()).isEqualTo("UNPUBLISHED");
        assertThat(state.path("variants")).extracting(v -> v.path("sku").asText()).containsExactly(sku(returned) + "-S");
    }

    @Test
    void every_event_record_carries_its_global_position() {
        List<ConsumerRecord<String, byte[]>> records = IntegrationTopicReader.recordsWithKeys(
                ProductCreatedIntegrationEvent.TOPIC, Set.of(live, discontinued, draft, returned), initialEvents, PATIENCE);

        assertThat(IntegrationTopicReader.firstDeliveries(records)).hasSize(initialEvents).allSatisfy(record ->
                assertThat(Long.parseLong(header(record, "catalog_position")))
                        .isEqualTo(positions.get(record.key() + "/" + header(record, "ce_sequence"))));
    }

    @Test
    void the_snapshot_pages_through_the_same_states_as_the_topic_at_one_position() throws Exception {
        JsonNode first = await().atMost(PATIENCE).until(() -> ok(SNAPSHOT + "?limit=100"),
                page -> page.path("position").asLong() >= lastPosition);
        Map<String, ConsumerRecord<String, byte[]>> latest = latestStates();

        List<JsonNode> mine = new ArrayList<>();
        first.path("items").forEach(item -> {
            if (latest.containsKey(item.path("productId").asText())) {
                mine.add(item);
            }
        });
        assertThat(mine).as("the discontinued product is left out").extracting(item -> item.path("productId").asText())
                .containsExactlyElementsOf(List.of(live, draft, returned).stream().sorted().toList());
        for (JsonNode item : mine) {
            assertThat(item).isEqualTo(json.readTree(latest.get(item.path("productId").asText()).value()));
        }
        assertThat(first.has("next")).as("one page holds them all").isFalse();

        List<JsonNode> paged = new ArrayList<>();
        long position = first.path("position").asLong();
        String after = null;
        do {
            JsonNode page = ok(SNAPSHOT + "?limit=1&position=" + position + (after == null ? "" : "&afterProduct=" + after));
            assertThat(page.path("position").asLong()).isEqualTo(position);
            page.path("items").forEach(paged::add);
            after = page.path("next").isMissingNode() ? null : page.path("next").asText();
        } while (after != null);
        assertThat(paged).containsExactlyElementsOf(first.path("items"));
    }

    @Test
    void a_snapshot_page_shows_its_position_even_after_later_changes() {
        JsonNode before = await().atMost(PATIENCE).until(() -> ok(SNAPSHOT),
                page -> page.path("position").asLong() >= lastPosition);
        String other = UUID.randomUUID().toString();
        append(other, 0, ProductEvents.created(other, "seller-4", "Elm Bench", null, sku(other), 7900, "EUR"));

        JsonNode again = ok(SNAPSHOT + "?position=" + before.path("position").asLong());

        assertThat(again.path("items")).isEqualTo(before.path("items"));
        JsonNode later = await().atMost(PATIENCE).until(() -> ok(SNAPSHOT),
                page -> page.path("position").asLong() >= positions.get(other + "/0"));
        assertThat(later.path("items").toString()).contains(other);
    }

    @Test
    void bad_parameters_are_400_problems_and_only_integration_accounts_may_read() {
        for (String query : List.of("position=-1", "position=99999999", "afterProduct=not-an-id", "limit=0", "limit=501")) {
            ResponseEntity<JsonNode> response = get(SNAPSHOT + "?" + query, token("INTEGRATION"));
            assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(get(SNAPSHOT, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(SNAPSHOT, token("SELLER")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private Map<String, ConsumerRecord<String, byte[]>> latestStates() {
        Map<String, ConsumerRecord<String, byte[]>> latest = new HashMap<>();
        IntegrationTopicReader.recordsWithKeys(ProductStateV1.TOPIC, Set.of(live, discontinued, draft, returned),
                initialEvents, PATIENCE).forEach(record -> latest.merge(record.key(), record, (a, b) ->
                Long.parseLong(header(b, "ce_sequence")) >= Long.parseLong(header(a, "ce_sequence")) ? b : a));
        return latest;
    }

    private void append(String productId, long sequence, Object payload) {
        long position = new EventAppender(eventStore, jdbc).append("Product", productId, sequence, payload, Map.of());
        positions.put(productId + "/" + sequence, position);
        lastPosition = Math.max(lastPosition, position);
    }

    private static ProductDetailFields name(String name) {
        return new ProductDetailFields(null, Map.of("en", name), null, null, null, null, null, null);
    }

    private static String sku(String productId) {
        return "SKU-" + productId.substring(0, 8).toUpperCase();
    }

    private JsonNode ok(String path) {
        ResponseEntity<JsonNode> response = get(path, token("INTEGRATION"));
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> get(String path, String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        return http.exchange(URI.create(http.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static String token(String role) {
        return TestEngines.jwt().mint("state-" + role.toLowerCase(), Duration.ofMinutes(5), role);
    }
}
