package com.catalog.query.integration.catchup;

import com.catalog.query.EventAppender;
import com.catalog.query.QuerySideEngines;
import com.catalog.query.product.ProductEvents;
import com.catalog.engines.TestEngines;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductPriceChangedIntegrationEvent;
import com.catalog.events.integration.ProductPublishedIntegrationEvent;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.query.integration.IntegrationEventSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/integration/events} against the real PostgreSQL event store. The app gets a database of its own,
 * so the event store holds exactly the events this class appends and positions are predictable; the processors run
 * too (they own that database's segments alone) but the endpoint does not depend on them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.integration.topic-partitions=2",
        "catalog.search.alias=catalog-products-catchup",
        "catalog.search.index=catalog-products-catchup-v1"})
class IntegrationEventCatchUpIntegrationTest {

    private static final String PATH = "/api/v1/integration/events";
    private static final String PRIVATE_EMAIL = "private-" + UUID.randomUUID() + "@example.com";

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private final String productA = UUID.randomUUID().toString();
    private final String productB = UUID.randomUUID().toString();
    private final List<Appended> appended = new ArrayList<>();

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry); // a database of its own, with the event store's tables
    }

    /** A created, a private (user) event, A published, B created, A's price changed: five positions, four public. */
    @BeforeAll
    void appendEvents() {
        appended.add(append(productA, 0, ProductEvents.created(productA, "seller-1", "Oak Desk", "A desk",
                "SKU-" + productA.substring(0, 8).toUpperCase(), 12900, "EUR")));
        appended.add(appendPrivateUserEvent());
        appended.add(append(productA, 1, new ProductPublishedEvent(productA, ProductStatus.DRAFT)));
        appended.add(append(productB, 0, ProductEvents.created(productB, "seller-2", "Ash Chair", null,
                "SKU-" + productB.substring(0, 8).toUpperCase(), 4900, "EUR")));
        appended.add(append(productA, 2, new ProductPriceChangedEvent(productA, 12900, "EUR", 9900, "EUR", false)));
    }

    @Test
    void pages_through_the_public_events_in_global_order_skipping_private_ones_but_advancing_next() {
        long before = appended.get(0).position() - 1;

        JsonNode first = ok(PATH + "?after=" + before + "&limit=2", token("ADMIN"));
        assertThat(types(first)).containsExactly(ProductCreatedIntegrationEvent.TYPE);
        assertThat(first.path("next").asLong()).as("the skipped user event still moves next")
                .isEqualTo(appended.get(1).position());
        assertThat(first.path("head").asLong()).isEqualTo(appended.get(4).position());

        JsonNode second = ok(PATH + "?after=" + first.path("next").asLong() + "&limit=2", token("INTEGRATION"));
        assertThat(types(second)).containsExactly(ProductPublishedIntegrationEvent.TYPE, ProductCreatedIntegrationEvent.TYPE);
        assertThat(second.path("next").asLong()).isEqualTo(appended.get(3).position());

        JsonNode third = ok(PATH + "?after=" + second.path("next").asLong(), token("ADMIN"));
        assertThat(types(third)).containsExactly(ProductPriceChangedIntegrationEvent.TYPE);
        assertThat(third.path("next").asLong()).isEqualTo(appended.get(4).position());

        JsonNode empty = ok(PATH + "?after=" + third.path("next").asLong(), token("ADMIN"));
        assertThat(empty.path("items")).isEmpty();
        assertThat(empty.path("next").asLong()).as("an empty page keeps next = after").isEqualTo(appended.get(4).position());
        assertThat(empty.path("head").asLong()).isEqualTo(appended.get(4).position());

        JsonNode all = ok(PATH + "?after=" + before + "&limit=1000", token("ADMIN"));
        List<Appended> published = appended.stream().filter(a -> a.type() != null).toList();
        assertThat(all.path("items")).hasSize(published.size());
        for (int i = 0; i < published.size(); i++) {
            JsonNode item = all.path("items").get(i);
            Appended expected = published.get(i);
            assertThat(item.path("position").asLong()).isEqualTo(expected.position());
            assertThat(item.path("id").asText()).isEqualTo(expected.eventId());
            assertThat(item.path("type").asText()).isEqualTo(expected.type());
            assertThat(item.path("subject").asText()).isEqualTo(expected.aggregateId());
            assertThat(item.path("sequence").asLong()).isEqualTo(expected.sequence());
            assertThat(item.path("source").asText()).isEqualTo("urn:catalog:command-side");
            assertThat(Instant.parse(item.path("time").asText())).isNotNull();
        }
        assertThat(all.toString()).doesNotContain(PRIVATE_EMAIL, "UserRegistered");
    }

    @Test
    void data_is_the_public_integration_event_and_follows_its_published_schema() throws Exception {
        JsonNode items = ok(PATH + "?after=" + (appended.get(0).position() - 1), token("ADMIN")).path("items");

        for (JsonNode item : items) {
            byte[] data = json.writeValueAsBytes(item.path("data"));
            assertThat(IntegrationEventSchema.ofType(item.path("type").asText()).violations(data))
                    .as(item.path("type").asText()).isEmpty();
            assertThat(item.path("data").path("productId").asText()).isEqualTo(item.path("subject").asText());
            assertThat(item.path("data").path("sequence").asLong()).isEqualTo(item.path("sequence").asLong());
        }
        JsonNode created = items.get(0).path("data");
        assertThat(created.path("name").asText()).isEqualTo("Oak Desk");
        assertThat(created.path("sellerId").asText()).isEqualTo("seller-1");
        assertThat(created.path("price").path("amount").asLong()).isEqualTo(12900);
        assertThat(created.path("price").path("currency").asText()).isEqualTo("EUR");
        assertThat(created.path("status").asText()).isEqualTo("DRAFT");
        JsonNode published = items.get(1).path("data");
        assertThat(published.path("statusBefore").asText()).isEqualTo("DRAFT");
        assertThat(published.path("statusAfter").asText()).isEqualTo("PUBLISHED");
        JsonNode priceChanged = items.get(3).path("data");
        assertThat(priceChanged.path("priceBefore").path("amount").asLong()).isEqualTo(12900);
        assertThat(priceChanged.path("priceAfter").path("amount").asLong()).isEqualTo(9900);
    }

    @Test
    void bad_parameters_are_400_problems() {
        for (String query : List.of("after=-1", "after=abc", "limit=0", "limit=1001", "limit=many")) {
            assertProblem(get(PATH + "?" + query, token("ADMIN")), HttpStatus.BAD_REQUEST);
        }
    }

    @Test
    void only_admins_and_integration_service_accounts_may_read() {
        assertProblem(get(PATH, null), HttpStatus.UNAUTHORIZED);
        assertProblem(get(PATH, "not-a-jwt"), HttpStatus.UNAUTHORIZED);
        assertProblem(get(PATH, token("SELLER")), HttpStatus.FORBIDDEN);
        assertThat(get(PATH, token("ADMIN")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(PATH, token("INTEGRATION")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private Appended append(String productId, long sequence, Object payload) {
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>("Product", productId, sequence, payload,
                EventAppender.actor("seller-1", "SELLER"));
        long position = events().append(message);
        String type = payload instanceof ProductCreatedEvent ? ProductCreatedIntegrationEvent.TYPE
                : payload instanceof ProductPublishedEvent ? ProductPublishedIntegrationEvent.TYPE
                : ProductPriceChangedIntegrationEvent.TYPE;
        return new Appended(message.getIdentifier(), productId, sequence, type, position);
    }

    /**
     * An internal event of another aggregate with no public counterpart, as the write side would store it; its id is
     * never compared, as it is never published.
     */
    private Appended appendPrivateUserEvent() {
        long position = events().appendSerialized("User", UUID.randomUUID().toString(), 0,
                "com.catalog.command.user.UserRegisteredEvent", "{\"email\":\"" + PRIVATE_EMAIL + "\"}", "{}");
        return new Appended(null, null, 0, null, position);
    }

    private EventAppender events() {
        return new EventAppender(eventStore, jdbc);
    }

    private static List<String> types(JsonNode page) {
        List<String> types = new ArrayList<>();
        page.path("items").forEach(item -> types.add(item.path("type").asText()));
        return types;
    }

    private JsonNode ok(String path, String bearer) {
        ResponseEntity<JsonNode> response = get(path, bearer);
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
        return TestEngines.jwt().mint("catchup-" + role.toLowerCase(), Duration.ofMinutes(5), role);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().toString()).doesNotContain("Exception", "at com.", "org.springframework");
    }

    private record Appended(String eventId, String aggregateId, long sequence, String type, long position) {
    }
}
