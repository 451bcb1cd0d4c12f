package com.catalog.query.product.details;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.TestEngines;
import com.catalog.events.integration.ProductDetailsChangedIntegrationEvent;
import com.catalog.events.integration.ProductVariantAddedIntegrationEvent;
import com.catalog.events.integration.ProductVariantChangedIntegrationEvent;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCostPriceChangedEvent;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductReferenceReassignedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.query.QuerySideEngines;
import com.catalog.query.integration.IntegrationEventSchema;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
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
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staged and current versions through every read model, against the real engines: the page (owner and buyers),
 * the search index (buyers find the current version only) and the public Kafka event; plus a product whose
 * creation is stored as revision 1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.read.consistency-timeout=4s",
        "catalog.search.alias=catalog-products-staged",
        "catalog.search.index=catalog-products-staged-v1"})
class StagedProductReadIntegrationTest {

    private static final String SELLER = "seller-" + UUID.randomUUID();

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
    }

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    @Autowired ElasticsearchClient elasticsearch;

    @Test
    void buyers_see_the_current_version_and_the_owner_the_staged_one_until_it_is_published() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String id = UUID.randomUUID().toString();
        append(id, 0, created(id, "Oak Desk"));
        append(id, 1, new ProductPublishedEvent(id, ProductStatus.DRAFT));
        long staged = append(id, 2, new ProductDetailsChangedEvent(id, List.of("name"), names(Map.of("en", "Oak Desk")),
                names(Map.of("en", "Oak Desk " + word, "de", "Eichentisch")), true));

        JsonNode buyer = get("/api/v1/products/" + id + "?minPosition=" + staged, null).getBody();
        JsonNode owner = get("/api/v1/products/" + id + "?version=staged&locale=de&minPosition=" + staged,
                TestEngines.jwt().mint(SELLER, Duration.ofMinutes(5), "SELLER")).getBody();

        assertThat(buyer.path("name").asText()).isEqualTo("Oak Desk");
        assertThat(buyer.has("costPrice")).isFalse();
        assertThat(buyer.has("hasStagedChanges")).isFalse();
        assertThat(owner.path("name").asText()).isEqualTo("Eichentisch");
        assertThat(owner.path("shownVersion").asText()).isEqualTo("staged");
        assertThat(owner.path("hasStagedChanges").asBoolean()).isTrue();
        assertThat(owner.path("costPrice").path("amount").asLong()).isEqualTo(900);
        assertThat(search(word, staged).path("total").asLong()).isZero();

        long published = append(id, 3, new ProductStagedChangesPublishedEvent(id));

        JsonNode after = get("/api/v1/products/" + id + "?locale=fr&minPosition=" + published, null).getBody();
        assertThat(after.path("name").asText()).as("falls back to the default locale").isEqualTo("Oak Desk " + word);
        assertThat(after.path("names").path("de").asText()).isEqualTo("Eichentisch");
        assertThat(search(word, published).path("total").asLong()).isEqualTo(1);
        ConsumerRecord<String, byte[]> record = recordOfType(id, ProductDetailsChangedIntegrationEvent.TYPE);
        assertThat(IntegrationEventSchema.ofType(ProductDetailsChangedIntegrationEvent.TYPE).violations(record.value())).isEmpty();
    }

    @Test
    void a_reassignment_off_a_deleted_category_moves_the_current_and_the_staged_version_at_once() throws Exception {
        String word = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String id = UUID.randomUUID().toString();
        String deleted = UUID.randomUUID().toString();
        String target = UUID.randomUUID().toString();
        ProductCreatedEvent created = created(id, "Lamp " + word);
        append(id, 0, new ProductCreatedEvent(id, SELLER, "en", created.name(), created.slug(), Map.of(), Map.of(),
                created.sku(), created.prices(), List.of(), null, Map.of(), deleted, null));
        append(id, 1, new ProductPublishedEvent(id, ProductStatus.DRAFT));
        append(id, 2, new ProductDetailsChangedEvent(id, List.of("name"), names(Map.of("en", "Lamp " + word)),
                names(Map.of("en", "Desk lamp " + word)), true));
        long moved = append(id, 3, new ProductReferenceReassignedEvent(id, "categoryId", deleted, target));

        JsonNode buyer = get("/api/v1/products/" + id + "?minPosition=" + moved, null).getBody();
        JsonNode owner = get("/api/v1/products/" + id + "?version=staged&minPosition=" + moved,
                TestEngines.jwt().mint(SELLER, Duration.ofMinutes(5), "SELLER")).getBody();

        assertThat(buyer.path("categoryId").asText()).isEqualTo(target);
        assertThat(buyer.path("name").asText()).as("the staged name still waits").isEqualTo("Lamp " + word);
        assertThat(owner.path("categoryId").asText()).isEqualTo(target);
        assertThat(owner.path("name").asText()).isEqualTo("Desk lamp " + word);
        assertThat(get("/api/v1/products/search?q=" + word + "&categoryId=" + target + "&minPosition=" + moved, null)
                .getBody().path("total").asLong()).as("the search document moved too").isEqualTo(1);
        assertThat(get("/api/v1/products/search?q=" + word + "&categoryId=" + deleted + "&minPosition=" + moved, null)
                .getBody().path("total").asLong()).isZero();
        ConsumerRecord<String, byte[]> record = recordOfType(id, ProductDetailsChangedIntegrationEvent.TYPE,
                body -> body.contains("\"staged\":false"));
        assertThat(IntegrationEventSchema.ofType(ProductDetailsChangedIntegrationEvent.TYPE).violations(record.value())).isEmpty();
        JsonNode change = new ObjectMapper().readTree(record.value());
        assertThat(change.path("changedFields").toString()).isEqualTo("[\"categoryId\"]");
        assertThat(change.path("before").path("categoryId").asText()).isEqualTo(deleted);
        assertThat(change.path("after").path("categoryId").asText()).isEqualTo(target);
    }

    @Test
    void variants_are_listed_on_the_page_found_by_their_sku_and_announced_on_kafka() throws Exception {
        String id = UUID.randomUUID().toString();
        String variantSku = "VAR-" + id.substring(0, 8).toUpperCase();
        append(id, 0, created(id, "Trail Shoe"));
        append(id, 1, new ProductVariantAddedEvent(id, "v-1", variantSku, Map.of("size", "42"), List.of(), false));
        append(id, 2, new ProductVariantAddedEvent(id, "v-2", variantSku + "-B", Map.of("size", "43"),
                List.of(new CurrencyAmount("EUR", 5900)), false));
        append(id, 3, new ProductVariantChangedEvent(id, "v-1", List.of("options"), Map.of("size", "42"),
                Map.of("size", "42", "colour", "red"), List.of(), List.of(), false));
        long last = append(id, 4, new ProductVariantRemovedEvent(id, "v-2", variantSku + "-B", false));

        ResponseEntity<JsonNode> page = get("/api/v1/products/" + id + "?minPosition=" + last, null);

        assertThat(page.getHeaders().getETag()).isEqualTo("\"4\"");
        JsonNode variants = page.getBody().path("variants");
        assertThat(variants).hasSize(1);
        assertThat(variants.get(0).path("options").path("colour").asText()).isEqualTo("red");
        long published = append(id, 5, new ProductPublishedEvent(id, ProductStatus.DRAFT)); // buyers search published products only
        JsonNode found = search(variantSku, published).path("items");
        assertThat(found).as("found by its variant's SKU at once: read-your-writes, no retry").hasSize(1);
        assertThat(found.get(0).path("id").asText()).isEqualTo(id);
        ObjectNode document = elasticsearch.get(g -> g.index("catalog-products-staged").id(id), ObjectNode.class).source();
        assertThat(document.path("variantSkus")).extracting(JsonNode::asText).containsExactly(variantSku);
        assertThat(document.path("optionValues")).extracting(JsonNode::asText).containsExactly("42", "red");
        ConsumerRecord<String, byte[]> record = recordOfType(id, ProductVariantChangedIntegrationEvent.TYPE);
        assertThat(IntegrationEventSchema.ofType(ProductVariantChangedIntegrationEvent.TYPE).violations(record.value())).isEmpty();
    }

    @Test
    void images_in_their_order_and_the_featured_flag_are_on_the_page_and_in_the_search_document() throws Exception {
        String id = UUID.randomUUID().toString();
        append(id, 0, created(id, "Cedar Chest"));
        append(id, 1, new ProductImageAddedEvent(id, "i-1", "https://cdn.example.com/1.jpg", "Front", false));
        append(id, 2, new ProductImageAddedEvent(id, "i-2", "https://cdn.example.com/2.jpg", "", false));
        append(id, 3, new ProductImageAddedEvent(id, "i-3", "https://cdn.example.com/3.jpg", "", false));
        append(id, 4, new ProductImagesReorderedEvent(id, List.of("i-1", "i-2", "i-3"), List.of("i-3", "i-1", "i-2"), false));
        append(id, 5, new ProductImageRemovedEvent(id, "i-1", "https://cdn.example.com/1.jpg", false));
        append(id, 6, new ProductFeaturedEvent(id));
        long last = append(id, 7, new ProductPricesChangedEvent(id, List.of(new CurrencyAmount("EUR", 4900)),
                List.of(new CurrencyAmount("CHF", 5200), new CurrencyAmount("EUR", 4900)), List.of(),
                List.of(new CurrencyAmount("EUR", 5900)), false));

        JsonNode page = get("/api/v1/products/" + id + "?minPosition=" + last, null).getBody();

        assertThat(page.path("images")).extracting(image -> image.path("id").asText()).containsExactly("i-3", "i-2");
        assertThat(page.path("featured").asBoolean()).isTrue();
        assertThat(page.path("version").asLong()).isEqualTo(7);
        assertThat(page.path("price").path("currency").asText()).isEqualTo("CHF");
        assertThat(page.path("compareAtPrices").get(0).path("amount").asLong()).isEqualTo(5900);
        search("Cedar", last);
        ObjectNode document = elasticsearch.get(g -> g.index("catalog-products-staged").id(id), ObjectNode.class).source();
        assertThat(document.path("featured").asBoolean()).isTrue();
        assertThat(document.path("price").path("currency").asText()).isEqualTo("CHF");
    }

    @Test
    void staged_variants_prices_and_images_wait_for_publication_and_a_discard_drops_them() throws Exception {
        String id = UUID.randomUUID().toString();
        String sku = "STG-" + id.substring(0, 8).toUpperCase();
        String owner = TestEngines.jwt().mint(SELLER, Duration.ofMinutes(5), "SELLER");
        append(id, 0, created(id, "Walnut Stool"));
        append(id, 1, new ProductVariantAddedEvent(id, "v-1", sku + "-S", Map.of("size", "S"), List.of(), false));
        append(id, 2, new ProductImageAddedEvent(id, "i-1", "https://cdn.example.com/1.jpg", "", false));
        append(id, 3, new ProductPublishedEvent(id, ProductStatus.DRAFT));
        append(id, 4, new ProductVariantAddedEvent(id, "v-2", sku + "-M", Map.of("size", "M"), List.of(), true));
        append(id, 5, new ProductVariantRemovedEvent(id, "v-1", sku + "-S", true));
        append(id, 6, new ProductPricesChangedEvent(id, List.of(new CurrencyAmount("EUR", 4900)),
                List.of(new CurrencyAmount("EUR", 5900)), List.of(), List.of(), true));
        append(id, 7, new ProductImageAddedEvent(id, "i-2", "https://cdn.example.com/2.jpg", "", true));
        long staged = append(id, 8, new ProductCostPriceChangedEvent(id, new CurrencyAmount("EUR", 900),
                new CurrencyAmount("EUR", 950)));

        JsonNode buyer = get("/api/v1/products/" + id + "?minPosition=" + staged, null).getBody();
        JsonNode ownerView = get("/api/v1/products/" + id + "?version=staged&minPosition=" + staged, owner).getBody();
        JsonNode ownerCurrent = get("/api/v1/products/" + id, owner).getBody();

        assertThat(buyer.path("variants")).extracting(v -> v.path("id").asText()).containsExactly("v-1");
        assertThat(buyer.path("price").path("amount").asLong()).isEqualTo(4900);
        assertThat(buyer.path("images")).extracting(i -> i.path("id").asText()).containsExactly("i-1");
        assertThat(buyer.has("costPrice")).isFalse();
        assertThat(ownerView.path("variants")).extracting(v -> v.path("id").asText()).containsExactly("v-2");
        assertThat(ownerView.path("price").path("amount").asLong()).isEqualTo(5900);
        assertThat(ownerView.path("images")).extracting(i -> i.path("id").asText()).containsExactly("i-1", "i-2");
        assertThat(ownerView.path("costPrice").path("amount").asLong()).isEqualTo(950);
        assertThat(ownerCurrent.path("hasStagedChanges").asBoolean()).isTrue();
        search("Walnut", staged);
        assertThat(searchDocument(id).path("variantSkus")).as("buyers do not find a staged variant")
                .extracting(JsonNode::asText).containsExactly(sku + "-S");
        assertThat(searchDocument(id).path("price").path("amount").asLong()).isEqualTo(4900);
        ConsumerRecord<String, byte[]> record = recordOfType(id, ProductVariantAddedIntegrationEvent.TYPE,
                body -> body.contains("\"staged\":true"));
        assertThat(IntegrationEventSchema.ofType(ProductVariantAddedIntegrationEvent.TYPE).violations(record.value())).isEmpty();

        long published = append(id, 9, new ProductStagedChangesPublishedEvent(id));

        JsonNode after = get("/api/v1/products/" + id + "?minPosition=" + published, owner).getBody();
        assertThat(after.path("variants")).extracting(v -> v.path("id").asText()).containsExactly("v-2");
        assertThat(after.path("price").path("amount").asLong()).isEqualTo(5900);
        assertThat(after.path("images")).extracting(i -> i.path("id").asText()).containsExactly("i-1", "i-2");
        assertThat(after.path("hasStagedChanges").asBoolean()).isFalse();
        search("Walnut", published);
        assertThat(searchDocument(id).path("variantSkus")).extracting(JsonNode::asText).containsExactly(sku + "-M");
        assertThat(searchDocument(id).path("price").path("amount").asLong()).isEqualTo(5900);

        append(id, 10, new ProductPricesChangedEvent(id, List.of(new CurrencyAmount("EUR", 5900)),
                List.of(new CurrencyAmount("EUR", 6900)), List.of(), List.of(), true));
        append(id, 11, new ProductImageRemovedEvent(id, "i-1", "https://cdn.example.com/1.jpg", true));
        long discarded = append(id, 12, new ProductStagedChangesDiscardedEvent(id));

        JsonNode afterDiscard = get("/api/v1/products/" + id + "?version=staged&minPosition=" + discarded, owner).getBody();
        assertThat(afterDiscard.path("price").path("amount").asLong()).isEqualTo(5900);
        assertThat(afterDiscard.path("images")).extracting(i -> i.path("id").asText()).containsExactly("i-1", "i-2");
        assertThat(afterDiscard.path("hasStagedChanges").asBoolean()).isFalse();
    }

    @Test
    void the_staged_version_is_refused_to_anonymous_readers_and_other_sellers() {
        String id = UUID.randomUUID().toString();
        long position = append(id, 0, created(id, "Pine Shelf"));

        ResponseEntity<JsonNode> anonymous = get("/api/v1/products/" + id + "?version=staged&minPosition=" + position, null);
        ResponseEntity<JsonNode> stranger = get("/api/v1/products/" + id + "?version=staged", TestEngines.jwt()
                .mint("seller-other", Duration.ofMinutes(5), "SELLER"));
        ResponseEntity<JsonNode> admin = get("/api/v1/products/" + id + "?version=staged", TestEngines.jwt()
                .mint("admin-1", Duration.ofMinutes(5), "ADMIN"));

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stranger.getBody().path("code").asText()).isEqualTo("not-product-owner");
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> unknownVersion = get("/api/v1/products/" + id + "?version=draft", null);
        assertThat(unknownVersion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownVersion.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(unknownVersion.getBody().path("code").asText()).isEqualTo("invalid-version");
    }

    @Test
    void a_creation_stored_as_revision_1_is_projected_through_the_upcaster() {
        String id = UUID.randomUUID().toString();
        long position = jdbc.sql("""
                        INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                            type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 0, 'Product', '2026-01-01T00:00:00Z', ?, '1', ?, ?) RETURNING global_index""")
                .params(UUID.randomUUID().toString(), id, ProductCreatedEvent.class.getName(), """
                        {"productId":"%s","sellerId":"s-1","name":"Legacy mug","description":"Stoneware","sku":"LEG-1",\
                        "priceAmount":1299,"priceCurrency":"EUR"}""".formatted(id).getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8))
                .query(Long.class).single();

        JsonNode page = get("/api/v1/products/" + id + "?minPosition=" + position, null).getBody();

        assertThat(page.path("name").asText()).isEqualTo("Legacy mug");
        assertThat(page.path("slug").asText()).isEqualTo(id);
        assertThat(page.path("prices").get(0).path("amount").asLong()).isEqualTo(1299);
    }

    private ProductCreatedEvent created(String id, String name) {
        return new ProductCreatedEvent(id, SELLER, "en", Map.of("en", name), "p-" + id, Map.of(), Map.of(),
                "S-" + id.substring(0, 8).toUpperCase(), List.of(new CurrencyAmount("EUR", 4900)), List.of(),
                new CurrencyAmount("EUR", 900), Map.of(), null, null);
    }

    private static ProductDetailFields names(Map<String, String> names) {
        return new ProductDetailFields(null, names, null, null, null, null, null, null);
    }

    private long append(String productId, long sequence, Object payload) {
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>("Product", productId, sequence, payload,
                MetaData.from(Map.of("actorId", SELLER, "actorRole", "SELLER")));
        eventStore.publish(message);
        return jdbc.sql("SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?")
                .param(message.getIdentifier()).query(Long.class).single();
    }

    private ObjectNode searchDocument(String id) throws java.io.IOException {
        return elasticsearch.get(g -> g.index("catalog-products-staged").id(id), ObjectNode.class).source();
    }

    private JsonNode search(String text, long minPosition) {
        return get("/api/v1/products/search?q=" + text + "&minPosition=" + minPosition, null).getBody();
    }

    private ResponseEntity<JsonNode> get(String path, String bearer) {
        HttpHeaders headers = new HttpHeaders();
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private ConsumerRecord<String, byte[]> recordOfType(String key, String type) {
        return recordOfType(key, type, body -> true);
    }

    private ConsumerRecord<String, byte[]> recordOfType(String key, String type, Predicate<String> body) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEngines.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "staged-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("catalog.product.v1"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key()) && type.equals(new String(record.headers().lastHeader("ce_type").value(),
                            StandardCharsets.UTF_8)) && body.test(new String(record.value(), StandardCharsets.UTF_8))) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " record for " + key);
    }
}
