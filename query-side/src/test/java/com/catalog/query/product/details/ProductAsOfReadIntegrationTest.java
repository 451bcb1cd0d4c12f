package com.catalog.query.product.details;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.TestEngines;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.query.QuerySideEngines;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code ?asOf=} against the real event store: a product whose creation is stored as revision 1, published, given
 * staged changes (details, price, variants, images), published or discarded, unpublished and reverted, each at a
 * known moment; buyers get the current version of then, the owner the staged one with {@code version=staged}.
 */
// a configuration of its own: close it afterwards instead of holding its connections in the context cache
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.read.consistency-timeout=4s",
        "catalog.search.alias=catalog-products-asof",
        "catalog.search.index=catalog-products-asof-v1"})
class ProductAsOfReadIntegrationTest {

    private static final String SELLER = "s-asof-" + UUID.randomUUID();
    private static final Instant T0 = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
    }

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;

    @Test
    void the_page_is_what_buyers_and_the_owner_saw_at_each_moment_across_a_staged_change() {
        String id = UUID.randomUUID().toString();
        createdAsRevision1(id, T0);
        append(id, 1, hours(1), new ProductPublishedEvent(id, ProductStatus.DRAFT));
        append(id, 2, hours(2), new ProductDetailsChangedEvent(id, List.of("name"), name("Legacy mug"), name("Mug two"), true));
        append(id, 3, hours(3), new ProductPricesChangedEvent(id, eur(1299), eur(1499), List.of(), List.of(), true));
        append(id, 4, hours(4), new ProductStagedChangesPublishedEvent(id));
        append(id, 5, hours(5), new ProductUnpublishedEvent(id, ProductStatus.PUBLISHED));
        String owner = TestEngines.jwt().mint(SELLER, Duration.ofMinutes(5), "SELLER");

        assertProblem(asOf(id, T0.minusSeconds(60), owner), 404, "product-not-found");
        assertProblem(asOf(id, T0.plusSeconds(60), null), 404, "product-not-found");
        ResponseEntity<JsonNode> draft = asOf(id, T0.plusSeconds(60), owner);
        assertThat(draft.getBody().path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.getBody().path("name").asText()).as("upcast from revision 1").isEqualTo("Legacy mug");
        assertThat(draft.getHeaders().getETag()).isEqualTo("\"0\"");

        ResponseEntity<JsonNode> staged = asOf(id, hours(2).plusSeconds(60), null);
        assertThat(staged.getBody().path("name").asText()).as("buyers saw the current version").isEqualTo("Legacy mug");
        assertThat(staged.getBody().path("price").path("amount").asLong()).isEqualTo(1299);
        assertThat(staged.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(get("/api/v1/products/" + id + "?version=staged&asOf=" + hours(2).plusSeconds(60), owner)
                .getBody().path("name").asText()).as("the owner's staged version then").isEqualTo("Mug two");

        assertThat(asOf(id, hours(3).plusSeconds(60), null).getBody().path("price").path("amount").asLong())
                .as("a staged price is not the buyers' yet").isEqualTo(1299);
        assertThat(get("/api/v1/products/" + id + "?version=staged&asOf=" + hours(3).plusSeconds(60), owner)
                .getBody().path("price").path("amount").asLong()).isEqualTo(1499);

        JsonNode live = asOf(id, hours(4), null).getBody();
        assertThat(live.path("name").asText()).isEqualTo("Mug two");
        assertThat(live.path("price").path("amount").asLong()).isEqualTo(1499);
        assertThat(live.path("version").asLong()).isEqualTo(4);

        assertProblem(asOf(id, hours(5).plusSeconds(1), null), 404, "product-not-found");
        assertThat(asOf(id, hours(5).plusSeconds(1), owner).getBody().path("status").asText()).isEqualTo("UNPUBLISHED");
    }

    @Test
    void an_unchanged_moment_answers_304_and_bad_moments_are_400_problems() {
        String id = UUID.randomUUID().toString();
        createdAsRevision1(id, T0);
        append(id, 1, hours(1), new ProductPublishedEvent(id, ProductStatus.DRAFT));
        String path = "/api/v1/products/" + id + "?asOf=" + hours(2);

        HttpHeaders conditional = new HttpHeaders();
        conditional.setIfNoneMatch(asOf(id, hours(2), null).getHeaders().getETag());
        assertThat(http.exchange(path, HttpMethod.GET, new HttpEntity<>(conditional), String.class).getStatusCode().value())
                .isEqualTo(304);
        assertProblem(asOf(id, Instant.now().plusSeconds(3600), null), 400, "as-of-in-future");
        assertProblem(get("/api/v1/products/" + id + "?asOf=yesterday", null), 400, "invalid-as-of");
        assertProblem(asOf(UUID.randomUUID().toString(), hours(2), null), 404, "product-not-found");
    }

    @Test
    void after_an_undo_the_page_now_equals_the_read_model_and_an_earlier_moment_still_shows_what_was_undone() {
        String id = UUID.randomUUID().toString();
        ProductCreatedEvent created = new ProductCreatedEvent(id, SELLER, "en", Map.of("en", "Lamp"), "lamp-" + id,
                Map.of(), Map.of(), "L-" + id.substring(0, 8), eur(2000), List.of(), null, Map.of(), null, null);
        append(id, 0, T0, created);
        append(id, 1, hours(1), new ProductImageAddedEvent(id, "img-1", "https://cdn.example.com/1.jpg", "Front", false));
        append(id, 2, hours(2), new ProductVariantAddedEvent(id, "v-1", "L-V1-" + id.substring(0, 4), Map.of("size", "S"),
                List.of(), false));
        append(id, 3, hours(3), new ProductDetailsChangedEvent(id, List.of("name"), name("Lamp"), name("Desk lamp"), false));
        List<ProductRevertedEvent.Image> front = List.of(new ProductRevertedEvent.Image("img-1",
                "https://cdn.example.com/1.jpg", "Front"));
        long reverted = append(id, 4, hours(4), new ProductRevertedEvent(id, 1, created.details(), created.details(),
                eur(2000), List.of(), List.of(), front, eur(2000), List.of(), List.of(), front));
        String admin = TestEngines.jwt().mint("admin-" + UUID.randomUUID(), Duration.ofMinutes(5), "ADMIN");

        JsonNode readModel = get("/api/v1/products/" + id + "?minPosition=" + reverted, admin).getBody();
        JsonNode rebuilt = asOf(id, Instant.now(), admin).getBody();
        JsonNode before = asOf(id, hours(3), admin).getBody();

        assertThat(rebuilt).isEqualTo(readModel);
        assertThat(rebuilt.path("name").asText()).isEqualTo("Lamp");
        assertThat(rebuilt.path("variants")).isEmpty();
        assertThat(rebuilt.path("images").get(0).path("altText").asText()).isEqualTo("Front");
        assertThat(before.path("name").asText()).isEqualTo("Desk lamp");
        assertThat(before.path("variants")).hasSize(1);
    }

    @Test
    void staged_variants_and_images_reach_buyers_only_when_published_and_a_staged_undo_folds_like_the_read_model() {
        String id = UUID.randomUUID().toString();
        ProductCreatedEvent created = new ProductCreatedEvent(id, SELLER, "en", Map.of("en", "Kettle"), "kettle-" + id,
                Map.of(), Map.of(), "K-" + id.substring(0, 8), eur(3000), List.of(), null, Map.of(), null, null);
        String sku = "K-V1-" + id.substring(0, 4);
        append(id, 0, T0, created);
        append(id, 1, hours(1), new ProductPublishedEvent(id, ProductStatus.DRAFT));
        append(id, 2, hours(2), new ProductVariantAddedEvent(id, "v-1", sku, Map.of("size", "S"), List.of(), true));
        append(id, 3, hours(3), new ProductImageAddedEvent(id, "img-1", "https://cdn.example.com/k.jpg", "Side", true));
        append(id, 4, hours(4), new ProductStagedChangesPublishedEvent(id));
        append(id, 5, hours(5), new ProductVariantRemovedEvent(id, "v-1", sku, true));
        append(id, 6, hours(6), new ProductPricesChangedEvent(id, eur(3000), eur(3500), List.of(), List.of(), true));
        append(id, 7, hours(7), new ProductStagedChangesDiscardedEvent(id));
        String owner = TestEngines.jwt().mint(SELLER, Duration.ofMinutes(5), "SELLER");

        JsonNode stagedOnly = asOf(id, hours(3).plusSeconds(60), null).getBody();
        assertThat(stagedOnly.path("variants")).as("buyers do not see staged variants").isEmpty();
        assertThat(stagedOnly.path("images")).isEmpty();
        JsonNode ownersThen = staged(id, hours(3).plusSeconds(60), owner);
        assertThat(ownersThen.path("variants")).hasSize(1);
        assertThat(ownersThen.path("images")).hasSize(1);
        assertThat(ownersThen.path("hasStagedChanges").asBoolean()).isTrue();
        assertThat(asOf(id, hours(4).plusSeconds(60), null).getBody().path("variants")).as("published").hasSize(1);
        assertThat(asOf(id, hours(6).plusSeconds(60), null).getBody().path("variants"))
                .as("a staged removal keeps the variant for buyers").hasSize(1);
        JsonNode removedThen = staged(id, hours(6).plusSeconds(60), owner);
        assertThat(removedThen.path("variants")).isEmpty();
        assertThat(removedThen.path("price").path("amount").asLong()).isEqualTo(3500);
        JsonNode discarded = staged(id, hours(7).plusSeconds(60), owner);
        assertThat(discarded.path("variants")).as("the discard brought it back").hasSize(1);
        assertThat(discarded.path("price").path("amount").asLong()).isEqualTo(3000);
        assertThat(discarded.path("hasStagedChanges").asBoolean()).isFalse();

        List<ProductRevertedEvent.Image> side = List.of(new ProductRevertedEvent.Image("img-1",
                "https://cdn.example.com/k.jpg", "Side"));
        long reverted = append(id, 8, hours(8), new ProductRevertedEvent(id, 6, created.details(), created.details(),
                eur(3000), List.of(), List.of(new ProductRevertedEvent.Variant("v-1", sku, Map.of("size", "S"), List.of())),
                side, eur(3500), List.of(), List.of(), side));
        String admin = TestEngines.jwt().mint("admin-" + UUID.randomUUID(), Duration.ofMinutes(5), "ADMIN");
        for (String version : List.of("current", "staged")) {
            JsonNode readModel = get("/api/v1/products/" + id + "?version=" + version + "&minPosition=" + reverted, admin)
                    .getBody();
            JsonNode rebuilt = get("/api/v1/products/" + id + "?version=" + version + "&asOf=" + Instant.now(), admin)
                    .getBody();
            assertThat(rebuilt).as(version).isEqualTo(readModel);
            assertThat(rebuilt.path("variants")).as(version).hasSize("current".equals(version) ? 1 : 0);
            assertThat(rebuilt.path("price").path("amount").asLong()).as(version)
                    .isEqualTo("current".equals(version) ? 3000 : 3500);
        }
    }

    private static Instant hours(int hours) {
        return T0.plus(hours, ChronoUnit.HOURS);
    }

    private static ProductDetailFields name(String name) {
        return new ProductDetailFields(null, Map.of("en", name), null, null, null, null, null, null);
    }

    private static List<CurrencyAmount> eur(long amount) {
        return List.of(new CurrencyAmount("EUR", amount));
    }

    /** Revision 1 as command-side stored creations before localized texts: upcast on every read. */
    private void createdAsRevision1(String id, Instant at) {
        jdbc.sql("""
                        INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                            type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 0, 'Product', ?, ?, '1', ?, ?)""")
                .params(UUID.randomUUID().toString(), id, at.toString(), ProductCreatedEvent.class.getName(), """
                        {"productId":"%s","sellerId":"%s","name":"Legacy mug","description":"Stoneware","sku":"LEG-%s",\
                        "priceAmount":1299,"priceCurrency":"EUR"}""".formatted(id, SELLER, id.substring(0, 8))
                                .getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8))
                .update();
    }

    private long append(String productId, long sequence, Instant at, Object payload) {
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>("Product", productId, sequence, payload,
                Map.of("actorId", SELLER), UUID.randomUUID().toString(), at);
        eventStore.publish(message);
        return jdbc.sql("SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?")
                .param(message.getIdentifier()).query(Long.class).single();
    }

    private ResponseEntity<JsonNode> asOf(String id, Instant at, String bearer) {
        return get("/api/v1/products/" + id + "?asOf=" + at, bearer);
    }

    private JsonNode staged(String id, Instant at, String bearer) {
        return get("/api/v1/products/" + id + "?version=staged&asOf=" + at, bearer).getBody();
    }

    private ResponseEntity<JsonNode> get(String path, String bearer) {
        HttpHeaders headers = new HttpHeaders();
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status, String code) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().path("code").asText()).isEqualTo(code);
    }
}
