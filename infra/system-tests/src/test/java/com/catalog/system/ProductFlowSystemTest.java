package com.catalog.system;

import com.catalog.engines.CatalogSystem;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductPriceChangedIntegrationEvent;
import com.catalog.events.integration.ProductPublishedIntegrationEvent;
import com.catalog.events.integration.ProductStagedChangesPublishedIntegrationEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.catalog.system.CatalogClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One product change end to end through real processes and engines: HTTP → command side → event
 * store (PostgreSQL) → query side → PostgreSQL read model, Elasticsearch and Kafka.
 */
class ProductFlowSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CatalogSystem system;
    private static CatalogClient client;

    @BeforeAll
    static void startSystem() {
        system = RunningCatalog.get();
        client = new CatalogClient(system);
    }

    @Test
    void aCreatedProductIsReadableByIdFindableBySearchAndPublishedOnKafka() throws Exception {
        String word = randomWord();
        String sku = "SYS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String seller = "seller-" + UUID.randomUUID();
        String body = CatalogClient.productJson(capitalised(word) + " trail shoe", "Light, grippy and " + word,
                sku.toLowerCase(Locale.ROOT), 12900, "EUR");

        HttpResponse<String> created = client.createProduct(system.jwt().mint(seller, Duration.ofMinutes(5), "SELLER"), body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asText();
        String position = created.headers().firstValue("X-Catalog-Position").orElseThrow();
        assertThat(Long.parseLong(position)).isPositive();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/products/" + id));

        assertReadableById(id, position, sku, seller);
        // buyers search published products only (issue 5)
        HttpResponse<String> published = client.changeProduct(system.jwt().mint(seller, Duration.ofMinutes(5), "SELLER"),
                id, "publish", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertFindableBySearch(id, misspelled(word), published.headers().firstValue("X-Catalog-Position").orElseThrow());
        assertPublishedOnKafka(id, sku, seller);
    }

    @Test
    void aPublishedProductsNewPriceIsStagedThenPublishedReadSearchedAndAnnouncedInOrder() throws Exception {
        String word = randomWord();
        String sku = "LIFE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String token = system.jwt().mint("seller-" + UUID.randomUUID(), Duration.ofMinutes(5), "SELLER");
        HttpResponse<String> created = client.createProduct(token,
                CatalogClient.productJson(capitalised(word) + " rain jacket", null, sku, 15900, "EUR"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asText();

        HttpResponse<String> published = client.changeProduct(token, id, "publish", null);
        HttpResponse<String> repriced = client.changeProduct(token, id, "price", """
                {"amount": 12900, "currency": "EUR"}""");

        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(repriced.statusCode()).as(repriced.body()).isEqualTo(200);
        assertThat(repriced.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(json(client.getProduct(id, repriced.headers().firstValue("X-Catalog-Position").orElseThrow()))
                .path("price").path("amount").asLong()).as("a published product's new price is staged").isEqualTo(15900);
        HttpResponse<String> republished = client.changeProduct(token, id, "publish", null);
        assertThat(republished.statusCode()).as(republished.body()).isEqualTo(200);
        String position = republished.headers().firstValue("X-Catalog-Position").orElseThrow();

        JsonNode product = json(client.getProduct(id, position));
        assertThat(product.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(product.path("price").path("amount").asLong()).isEqualTo(12900);
        JsonNode hit = searchHit(client.search(word, position), id);
        assertThat(hit.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(hit.path("price").path("amount").asLong()).isEqualTo(12900);

        List<ConsumerRecord<String, byte[]>> records = ProductTopicReader.recordsWithKey(
                system.kafkaBootstrapServers(), ProductCreatedIntegrationEvent.TOPIC, id, 4, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(ProductCreatedIntegrationEvent.TYPE,
                ProductPublishedIntegrationEvent.TYPE, ProductPriceChangedIntegrationEvent.TYPE,
                ProductStagedChangesPublishedIntegrationEvent.TYPE);
        assertThat(records).extracting(r -> header(r, "ce_sequence")).containsExactly("0", "1", "2", "3");
        assertThat(JSON.readTree(records.get(2).value()).path("priceBefore").path("amount").asLong()).isEqualTo(15900);
        assertThat(JSON.readTree(records.get(2).value()).path("staged").asBoolean()).isTrue();
    }

    @Test
    void writesNeedASellerOrAdminTokenAndAnswerProblemDetails() {
        String body = CatalogClient.productJson("Nameless", null, "AUTH-" + randomWord(), 100, "EUR");

        HttpResponse<String> anonymous = client.createProduct(null, body);
        HttpResponse<String> buyer = client.createProduct(system.jwt().mint("buyer-1", Duration.ofMinutes(5), "BUYER"), body);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(buyer.statusCode()).isEqualTo(403);
        assertThat(json(buyer).path("status").asInt()).isEqualTo(403);
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        String token = system.jwt().mint("seller-bad-input", Duration.ofMinutes(5), "SELLER");

        HttpResponse<String> badCurrency = client.createProduct(token,
                CatalogClient.productJson("Mug", null, "MUG-" + randomWord(), 100, "EURO"));
        HttpResponse<String> malformed = client.createProduct(token, "{\"name\": ");
        HttpResponse<String> unknownProduct = client.getProduct(UUID.randomUUID().toString(), null);

        assertThat(badCurrency.statusCode()).as(badCurrency.body()).isEqualTo(400);
        assertThat(json(badCurrency).path("status").asInt()).isEqualTo(400);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(unknownProduct.statusCode()).isEqualTo(404);
        assertThat(json(unknownProduct).path("status").asInt()).isEqualTo(404);
    }

    private static void assertReadableById(String id, String position, String sku, String seller) {
        HttpResponse<String> read = client.getProduct(id, position);

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode product = json(read);
        assertThat(product.path("id").asText()).isEqualTo(id);
        assertThat(product.path("sku").asText()).isEqualTo(sku);
        assertThat(product.path("sellerId").asText()).isEqualTo(seller);
        assertThat(product.path("price").path("amount").asLong()).isEqualTo(12900);
        assertThat(product.path("price").path("currency").asText()).isEqualTo("EUR");
        assertThat(product.path("status").asText()).isEqualTo("DRAFT");
        assertThat(read.headers().firstValue("ETag")).isPresent();
    }

    private static void assertFindableBySearch(String id, String query, String position) {
        HttpResponse<String> found = client.search(query, position);

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(json(found).path("items").findValuesAsText("id")).as("search for '%s': %s", query, found.body()).contains(id);
    }

    private static void assertPublishedOnKafka(String id, String sku, String seller) throws Exception {
        List<ConsumerRecord<String, byte[]>> records = ProductTopicReader.recordsWithKey(
                system.kafkaBootstrapServers(), ProductCreatedIntegrationEvent.TOPIC, id, Duration.ofSeconds(30));

        // the test publishes the product too, so its published event may already be there, always after the creation
        assertThat(records).extracting(r -> header(r, "ce_type"))
                .containsOnlyOnce(ProductCreatedIntegrationEvent.TYPE)
                .isSubsetOf(ProductCreatedIntegrationEvent.TYPE, ProductPublishedIntegrationEvent.TYPE);
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_type")).isEqualTo(ProductCreatedIntegrationEvent.TYPE);
        assertThat(header(record, "ce_subject")).isEqualTo(id);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("productId").asText()).isEqualTo(id);
        assertThat(event.path("sku").asText()).isEqualTo(sku);
        assertThat(event.path("sellerId").asText()).isEqualTo(seller);
        assertThat(event.path("sequence").asLong()).isZero();
    }

    private static JsonNode searchHit(HttpResponse<String> found, String id) {
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        for (JsonNode item : json(found).path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("product " + id + " not in search results: " + found.body());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A made-up word no other product has, so the search hit is unambiguous. */
    private static String randomWord() {
        StringBuilder word = new StringBuilder("zor");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** One letter swapped: the search must tolerate a typo. */
    private static String misspelled(String word) {
        char[] letters = word.toCharArray();
        char swapped = letters[4];
        letters[4] = letters[5];
        letters[5] = swapped;
        String typo = new String(letters);
        return typo.equals(word) ? word.substring(0, 4) + 'q' + word.substring(5) : typo;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
