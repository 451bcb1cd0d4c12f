package com.catalog.query;

import com.catalog.query.product.ProductEvents;
import com.catalog.engines.TestEngines;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductPriceChangedIntegrationEvent;
import com.catalog.events.integration.ProductPublishedIntegrationEvent;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.query.integration.IntegrationEventSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

import static com.catalog.query.ReadAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product slices end to end against the real PostgreSQL, Kafka and Elasticsearch: events appended to
 * the event store become the product page, the search index and the public Kafka event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.read.consistency-timeout=4s",
        "catalog.integration.topic-partitions=2"})
class ProductReadSliceIntegrationTest {

    private static final String MIN_POSITION = "X-Catalog-Min-Position";

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
    }

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    @Autowired ElasticsearchClient elasticsearch;
    @Autowired EventProcessingConfiguration processing;

    @Test
    void a_created_product_is_readable_by_id_as_soon_as_its_position_is_processed() {
        Appended product = append(event("Walnut Side Table"));

        ResponseEntity<JsonNode> response = get("/api/v1/products/" + product.id(), product.position());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"0\"");
        JsonNode body = response.getBody();
        assertThat(body.path("id").asText()).isEqualTo(product.id());
        assertThat(body.path("name").asText()).isEqualTo("Walnut Side Table");
        assertThat(body.path("sellerId").asText()).isEqualTo("seller-1");
        assertThat(body.path("sku").asText()).isEqualTo(product.event().sku());
        assertThat(body.path("price").path("amount").asLong()).isEqualTo(12900);
        assertThat(body.path("price").path("currency").asText()).isEqualTo("EUR");
        assertThat(body.path("status").asText()).isEqualTo("DRAFT");
        assertThat(body.path("version").asLong()).isZero();
        assertThat(body.path("createdAt").asText()).isNotBlank();
    }

    @Test
    void search_finds_a_new_product_by_a_misspelled_word_when_asked_for_its_position() {
        String word = randomWord(9);
        Appended product = append(event("Ceramic " + word + " Vase"));
        long published = appendChange(product.id(), 1, new ProductPublishedEvent(product.id(), ProductStatus.DRAFT));
        String typo = word.substring(0, 4) + (word.charAt(4) == 'x' ? 'y' : 'x') + word.substring(5);

        ResponseEntity<JsonNode> response = get("/api/v1/products/search?q=" + typo + "&pageSize=5", published);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("total").asLong()).isEqualTo(1);
        JsonNode hit = response.getBody().path("items").get(0);
        assertThat(hit.path("id").asText()).isEqualTo(product.id());
        assertThat(hit.path("sku").asText()).isEqualTo(product.event().sku());
        assertThat(hit.path("price").path("amount").asLong()).isEqualTo(12900);
        assertThat(hit.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(hit.path("score").asDouble()).isPositive();
    }

    @Test
    void a_created_product_is_published_on_kafka_as_a_cloud_event_of_the_public_contract() throws Exception {
        Appended product = append(event("Linen Curtain"));

        ConsumerRecord<String, byte[]> record = consumeRecordWithKey(product.id(), Duration.ofSeconds(20)).orElseThrow();

        assertThat(header(record, "ce_id")).isEqualTo(product.eventId());
        assertThat(header(record, "ce_type")).isEqualTo(ProductCreatedIntegrationEvent.TYPE);
        assertThat(header(record, "ce_subject")).isEqualTo(product.id());
        assertThat(header(record, "ce_sequence")).isEqualTo("0");
        assertThat(header(record, "ce_source")).isNotBlank();
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(IntegrationEventSchema.productCreated().violations(record.value())).isEmpty();
    }

    @Test
    void a_redelivered_event_with_the_same_sequence_changes_neither_the_row_nor_the_document() throws Exception {
        Appended product = append(event("Brass Floor Lamp"));
        JsonNode before = get("/api/v1/products/" + product.id(), product.position()).getBody();

        long duplicate = appendDuplicateRenamedTo(product, "Tampered Name");
        JsonNode after = get("/api/v1/products/" + product.id(), duplicate).getBody();
        get("/api/v1/products/search?q=lamp", duplicate);

        assertThat(after).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM read.product WHERE product_id = ?::uuid")
                .param(product.id()).query(Long.class).single()).isEqualTo(1);
        GetResponse<ObjectNode> doc = elasticsearch.get(g -> g.index("catalog-products").id(product.id()), ObjectNode.class);
        assertThat(doc.version()).as("sequence 0, shifted by the rename bits").isEqualTo(1L << 20);
        assertThat(doc.source().path("name").asText()).isEqualTo("Brass Floor Lamp");
    }

    @Test
    void status_and_price_changes_reach_the_product_page_the_index_and_kafka_in_order() throws Exception {
        Appended product = append(event("Teak Garden Bench"));
        appendChange(product.id(), 1, new ProductPublishedEvent(product.id(), ProductStatus.DRAFT));
        long last = appendChange(product.id(), 2, new ProductPriceChangedEvent(product.id(), 12900, "EUR", 9900, "EUR", false));

        ResponseEntity<JsonNode> page = get("/api/v1/products/" + product.id(), last);
        assertThat(page.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(page.getBody().path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(page.getBody().path("price").path("amount").asLong()).isEqualTo(9900);
        assertThat(page.getBody().path("name").asText()).isEqualTo("Teak Garden Bench");

        JsonNode hit = get("/api/v1/products/search?q=teak+bench&pageSize=100", last).getBody().path("items").findParents("id")
                .stream().filter(item -> item.path("id").asText().equals(product.id())).findFirst().orElseThrow();
        assertThat(hit.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(hit.path("price").path("amount").asLong()).isEqualTo(9900);
        GetResponse<ObjectNode> doc = elasticsearch.get(g -> g.index("catalog-products").id(product.id()), ObjectNode.class);
        assertThat(doc.version()).isEqualTo(3L << 20);
        assertThat(doc.source().path("sku").asText()).isEqualTo(product.event().sku());

        List<ConsumerRecord<String, byte[]>> records = consumeRecordsWithKey(product.id(), 3, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(ProductCreatedIntegrationEvent.TYPE,
                ProductPublishedIntegrationEvent.TYPE, ProductPriceChangedIntegrationEvent.TYPE);
        assertThat(records).extracting(r -> header(r, "ce_sequence")).containsExactly("0", "1", "2");
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(header(record, "ce_subject")).isEqualTo(product.id());
            assertThat(IntegrationEventSchema.ofType(header(record, "ce_type")).violations(record.value())).isEmpty();
        }
    }

    @Test
    void a_redelivered_older_status_change_leaves_the_row_and_the_document_at_the_newer_state() throws Exception {
        Appended product = append(event("Rattan Armchair"));
        long publishedAt = appendChange(product.id(), 1, new ProductPublishedEvent(product.id(), ProductStatus.DRAFT));
        long unpublishedAt = appendChange(product.id(), 2, new ProductUnpublishedEvent(product.id(), ProductStatus.PUBLISHED));
        JsonNode before = get("/api/v1/products/" + product.id(), unpublishedAt).getBody();
        get("/api/v1/products/search?q=rattan", unpublishedAt);

        long redelivered = redeliver(publishedAt);
        JsonNode after = get("/api/v1/products/" + product.id(), redelivered).getBody();
        get("/api/v1/products/search?q=rattan", redelivered);

        assertThat(after).isEqualTo(before);
        assertThat(after.path("status").asText()).isEqualTo("UNPUBLISHED");
        GetResponse<ObjectNode> doc = elasticsearch.get(g -> g.index("catalog-products").id(product.id()), ObjectNode.class);
        assertThat(doc.version()).isEqualTo(3L << 20);
        assertThat(doc.source().path("status").asText()).isEqualTo("UNPUBLISHED");
    }

    @Test
    void every_segment_of_a_pooled_processor_advances_past_events_of_the_other_segment() {
        Appended product = append(event("Pine Bookshelf"));
        get("/api/v1/products/" + product.id(), product.position());

        Collection<EventTrackerStatus> segments = processing
                .eventProcessor("product-details", StreamingEventProcessor.class).orElseThrow()
                .processingStatus().values();

        assertThat(segments).hasSize(2);
        assertThat(segments).filteredOn(s -> s.getSegment().matches(product.id())).hasSize(1);
        assertThat(segments).filteredOn(s -> !s.getSegment().matches(product.id())).singleElement()
                .satisfies(other -> assertThat(other.getTrackingToken()
                        .covers(GapAwareTrackingToken.newInstance(product.position(), List.of()))).isTrue());
    }

    @Test
    void an_unknown_product_is_a_404_problem() {
        ResponseEntity<JsonNode> response = get("/api/v1/products/" + UUID.randomUUID(), null);

        assertProblem(response, HttpStatus.NOT_FOUND);
        assertThat(response.getBody().path("code").asText()).isEqualTo("product-not-found");
    }

    @Test
    void malformed_input_is_a_400_problem_never_a_500() {
        assertProblem(get("/api/v1/products/not-a-uuid", null), HttpStatus.BAD_REQUEST);
        assertProblem(getWithHeader("/api/v1/products/" + UUID.randomUUID(), "abc"), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/products/" + UUID.randomUUID() + "?minPosition=-1", null), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/products/by-slug/any?minPosition=-1", null), HttpStatus.BAD_REQUEST);
        assertProblem(getWithHeader("/api/v1/products/by-slug/any", "abc"), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/products/search", null), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/products/search?q=%20", null), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/products/search?q=lamp&pageSize=0", null), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/products/search?q=lamp&pageSize=many", null), HttpStatus.BAD_REQUEST);
    }

    @Test
    void search_takes_dsl_looking_text_as_plain_words() {
        ResponseEntity<JsonNode> response = get("/api/v1/products/search?q=" + URLEncoder.encode("{\"match_all\":{}}", StandardCharsets.UTF_8) + "&pageSize=100", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        // as DSL this would match every product; as words it matches none
        assertThat(response.getBody().path("total").asLong()).isZero();
    }

    @Test
    void a_position_beyond_the_head_is_a_503_problem_with_retry_after_once_the_timeout_passes() {
        long beyond = headPosition() + 1_000;

        ResponseEntity<JsonNode> response = get("/api/v1/products/" + UUID.randomUUID(), beyond);

        assertProblem(response, HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getBody().path("code").asText()).isEqualTo("projection-behind");
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
    }

    @Test
    void anything_but_the_public_reads_needs_a_valid_token_and_says_so_as_a_problem() {
        ResponseEntity<JsonNode> anonymous = http.exchange("/api/v1/products", HttpMethod.POST,
                new HttpEntity<>("{}", jsonHeaders(null)), JsonNode.class);
        assertProblem(anonymous, HttpStatus.UNAUTHORIZED);

        String token = TestEngines.jwt().mint("buyer-1", Duration.ofMinutes(5), "BUYER");
        ResponseEntity<JsonNode> authenticated = http.exchange("/actuator/env", HttpMethod.GET,
                new HttpEntity<>(jsonHeaders(token)), JsonNode.class);
        assertThat(authenticated.getStatusCode()).isNotEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody()).contains(MIN_POSITION);
    }

    private Appended append(ProductCreatedEvent event) {
        GenericDomainEventMessage<ProductCreatedEvent> message = new GenericDomainEventMessage<>("Product",
                event.productId(), 0, event, MetaData.from(Map.of("actorId", event.sellerId(), "actorRole", "SELLER",
                "correlationId", UUID.randomUUID().toString(), "clientIp", "127.0.0.1")));
        return new Appended(event, message.getIdentifier(), new EventAppender(eventStore, jdbc).append(message));
    }

    /** @return the global position of the appended event */
    private long appendChange(String productId, long sequence, Object payload) {
        return new EventAppender(eventStore, jdbc).append("Product", productId, sequence, payload,
                EventAppender.actor("seller-1", "SELLER"));
    }

    /** The stored event at this position delivered once more, unchanged, as after a crash before the token was stored. */
    private long redeliver(long position) {
        return jdbc.sql("""
                        INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                            type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        SELECT :newId, 'redelivery-' || aggregate_identifier, sequence_number, type, time_stamp,
                            payload_type, payload_revision, payload, meta_data
                        FROM event_store.domain_event_entry WHERE global_index = :position
                        RETURNING global_index""")
                .param("newId", UUID.randomUUID().toString())
                .param("position", position)
                .query(Long.class).single();
    }

    /** The same event delivered again (as after a crash before the token was stored), with a changed payload. */
    private long appendDuplicateRenamedTo(Appended original, String name) {
        return jdbc.sql("""
                        INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                            type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        SELECT :newId, 'redelivery-' || aggregate_identifier, sequence_number, type, time_stamp,
                            payload_type, payload_revision,
                            convert_to(replace(convert_from(payload, 'UTF8'), :oldName, :newName), 'UTF8'), meta_data
                        FROM event_store.domain_event_entry WHERE event_identifier = :id
                        RETURNING global_index""")
                .param("newId", UUID.randomUUID().toString())
                .param("oldName", original.event().name().get("en"))
                .param("newName", name)
                .param("id", original.eventId())
                .query(Long.class).single();
    }

    private long headPosition() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry").query(Long.class).single();
    }

    private ResponseEntity<JsonNode> get(String path, Long minPosition) {
        return getWithHeader(path, minPosition == null ? null : minPosition.toString());
    }

    private ResponseEntity<JsonNode> getWithHeader(String path, String minPosition) {
        HttpHeaders headers = jsonHeaders(null);
        if (minPosition != null) {
            headers.set(MIN_POSITION, minPosition);
        }
        // an already encoded URI, so the test controls exactly what reaches the server
        return http.exchange(URI.create(http.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static HttpHeaders jsonHeaders(String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        return headers;
    }

    private List<ConsumerRecord<String, byte[]>> consumeRecordsWithKey(String key, int count, Duration within) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEngines.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(ProductCreatedIntegrationEvent.TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + within.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private Optional<ConsumerRecord<String, byte[]>> consumeRecordWithKey(String key, Duration within) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEngines.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(ProductCreatedIntegrationEvent.TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return Optional.of(record);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ProductCreatedEvent event(String name) {
        String id = UUID.randomUUID().toString();
        return ProductEvents.created(id, "seller-1", name, "A test product: " + name, "SKU-" + id.substring(0, 8).toUpperCase(),
                12900, "EUR");
    }

    private static String randomWord(int length) {
        Random random = new Random();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private record Appended(ProductCreatedEvent event, String eventId, long position) {
        String id() {
            return event.productId();
        }
    }
}
