package com.catalog.query.audit;

import com.catalog.query.EventAppender;
import com.catalog.query.QuerySideEngines;
import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.Connection;
import com.catalog.query.product.ProductEvents;
import com.catalog.engines.TestEngines;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log against the real PostgreSQL event store: events appended to the store (typed product events, and
 * events of types this app has no class for, as the write side may add them first) become audit entries with their
 * metadata and a field-level diff, readable per aggregate and through the admin search. The app gets a database of
 * its own, so its processors own every segment and the replay tests rewind only their own tokens.
 */
// its own database: nobody can reuse the context, so close it and free its connections for the classes after it
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.read.consistency-timeout=10s",
        "catalog.integration.topic-partitions=2",
        "catalog.search.alias=catalog-products-audit",
        "catalog.search.index=catalog-products-audit-v1"})
class AuditApiIntegrationTest {

    private static final String MIN_POSITION = "X-Catalog-Min-Position";

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired EventProcessingConfiguration processing;
    @Autowired TokenStore tokenStore;
    @Autowired TransactionManager transactions;

    private final String seller = "seller-" + UUID.randomUUID();

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry); // a database of its own, with the event store's tables
    }

    @Test
    void a_products_history_names_who_changed_what_when_and_from_where_newest_first() {
        String product = createProduct(seller, "Oak Desk", 12900);
        append(product, 1, new ProductPriceChangedEvent(product, 12900, "EUR", 9900, "EUR", false), "admin-1", "ADMIN");
        long last = append(product, 2, new ProductPublishedEvent(product, ProductStatus.DRAFT), seller, "SELLER");

        JsonNode items = ok("/api/v1/products/" + product + "/history", token(seller, "SELLER"), last).path("items");

        assertThat(items).hasSize(3);
        assertThat(texts(items, "eventType")).containsExactly("ProductPublishedEvent", "ProductPriceChangedEvent",
                "ProductCreatedEvent");
        assertThat(items.get(0).path("position").asLong()).isEqualTo(last);
        JsonNode published = items.get(0);
        assertThat(published.path("changes")).hasSize(1);
        assertThat(published.path("changes").get(0).path("field").asText()).isEqualTo("status");
        assertThat(published.path("changes").get(0).path("before").asText()).isEqualTo("DRAFT");
        JsonNode priceChange = items.get(1);
        assertThat(priceChange.path("actorId").asText()).isEqualTo("admin-1");
        assertThat(priceChange.path("actorRole").asText()).isEqualTo("ADMIN");
        assertThat(priceChange.path("version").asLong()).isEqualTo(1);
        // staged is a field of the event like any other: the audit shows whether buyers saw the change at once
        assertThat(priceChange.path("changes").toString()).isEqualTo(
                "[{\"field\":\"priceAmount\",\"before\":12900,\"after\":9900},{\"field\":\"staged\",\"before\":null,\"after\":false}]");
        JsonNode created = items.get(2);
        assertThat(created.path("aggregateType").asText()).isEqualTo("Product");
        assertThat(created.path("aggregateId").asText()).isEqualTo(product);
        assertThat(created.path("payloadType").asText()).isEqualTo(ProductCreatedEvent.class.getName());
        assertThat(created.path("revision").asText()).isEqualTo("2");
        assertThat(created.path("actorId").asText()).isEqualTo(seller);
        assertThat(created.path("actorRole").asText()).isEqualTo("SELLER");
        assertThat(created.path("correlationId").asText()).isEqualTo("corr-" + product);
        assertThat(created.path("clientIp").asText()).isEqualTo("192.0.2.7");
        assertThat(Instant.parse(created.path("occurredAt").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(fieldsChanged(created)).contains("name", "sellerId", "sku", "prices", "slug")
                .doesNotContain("productId");
        assertThat(created.path("changes").findParents("field").stream()
                .filter(change -> change.path("field").asText().equals("name")).findFirst().orElseThrow()
                .toString()).isEqualTo("{\"field\":\"name\",\"before\":null,\"after\":{\"en\":\"Oak Desk\"}}");
    }

    @Test
    void an_undo_shows_what_it_changed_in_the_product_not_every_field_of_the_event_as_new() {
        String product = createProduct(seller, "Pine Shelf", 12900);
        ProductDetailFields details = ProductEvents.created(product, seller, "Pine Shelf", "Solid wood", "SKU-1", 12900,
                "EUR").details();
        append(product, 1, new ProductPriceChangedEvent(product, 12900, "EUR", 9900, "EUR", false), seller, "SELLER");
        List<CurrencyAmount> then = List.of(new CurrencyAmount("EUR", 12900));
        long undo = append(product, 2, new ProductRevertedEvent(product, 0, details, details, then, List.of(), List.of(),
                List.of(), then, List.of(), List.of(), List.of()), seller, "SELLER");

        JsonNode reverted = ok("/api/v1/products/" + product + "/history", token(seller, "SELLER"), undo)
                .path("items").get(0);

        assertThat(reverted.path("eventType").asText()).isEqualTo("ProductRevertedEvent");
        // the details, variants and images of then are those of now: only the price the undo brought back changed
        assertThat(fieldsChanged(reverted)).containsExactly("prices", "stagedPrices");
        assertThat(reverted.path("changes").get(0).toString()).isEqualTo(
                "{\"field\":\"prices\",\"before\":[{\"amount\":9900,\"currency\":\"EUR\"}],"
                        + "\"after\":[{\"amount\":12900,\"currency\":\"EUR\"}]}");
    }

    @Test
    void a_products_history_is_for_its_seller_and_admins_only() {
        String product = createProduct(seller, "Ash Chair", 4900);
        long position = positionOfLastEvent(product);
        String path = "/api/v1/products/" + product + "/history";

        assertProblem(get(path, null, position), HttpStatus.UNAUTHORIZED, "unauthenticated");
        assertProblem(get(path, "not-a-jwt", position), HttpStatus.UNAUTHORIZED, "unauthenticated");
        assertProblem(get(path, token("seller-other", "SELLER"), position), HttpStatus.FORBIDDEN, "not-product-owner");
        assertProblem(get(path, token("buyer-1", "BUYER"), position), HttpStatus.FORBIDDEN, "not-product-owner");
        assertThat(ok(path, token("admin-1", "ADMIN"), position).path("items")).hasSize(1);
        assertProblem(get("/api/v1/products/" + UUID.randomUUID() + "/history", token("admin-1", "ADMIN"), position),
                HttpStatus.NOT_FOUND, "no-history");
        assertProblem(get("/api/v1/products/" + UUID.randomUUID() + "/history", token(seller, "SELLER"), position),
                HttpStatus.NOT_FOUND, "no-history");
    }

    @Test
    void pages_follow_the_cursor_newest_first_without_gaps_or_repeats() {
        String product = createProduct(seller, "Pine Shelf", 1000);
        long last = 0;
        for (int i = 1; i <= 4; i++) {
            last = append(product, i, new ProductPriceChangedEvent(product, 1000L * i, "EUR", 1000L * (i + 1), "EUR", false),
                    seller, "SELLER");
        }
        String admin = token("admin-1", "ADMIN");
        List<Long> positions = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok("/api/v1/products/" + product + "/history?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), admin, last);
            page.path("items").forEach(item -> positions.add(item.path("position").asLong()));
            cursor = page.hasNonNull("next") ? page.path("next").asText() : null;
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(positions).hasSize(5).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(positions.get(0)).isEqualTo(last);
    }

    @Test
    void the_admin_search_filters_by_actor_aggregate_event_type_and_time() {
        String actor = "seller-" + UUID.randomUUID();
        String first = createProduct(actor, "Elm Stool", 2500);
        String second = createProduct(actor, "Elm Bench", 7500);
        long last = append(second, 1, new ProductPriceChangedEvent(second, 7500, "EUR", 6900, "EUR", false), actor, "SELLER");
        String admin = token("admin-1", "ADMIN");
        String search = "/api/v1/admin/audit?actor=" + actor;

        assertThat(texts(ok(search, admin, last).path("items"), "aggregateId")).containsExactly(second, second, first);
        assertThat(texts(ok(search + "&eventType=ProductPriceChangedEvent", admin, last).path("items"), "aggregateId"))
                .containsExactly(second);
        assertThat(texts(ok(search + "&eventType=" + ProductCreatedEvent.class.getName(), admin, last).path("items"),
                "aggregateId")).containsExactly(second, first);
        assertThat(ok(search + "&aggregateType=Product&aggregateId=" + first, admin, last).path("items")).hasSize(1);
        assertThat(ok(search + "&aggregateType=Category", admin, last).path("items")).isEmpty();
        Instant occurred = Instant.parse(ok(search, admin, last).path("items").get(0).path("occurredAt").asText());
        assertThat(ok(search + "&from=" + occurred.plusSeconds(60), admin, last).path("items")).isEmpty();
        assertThat(ok(search + "&from=" + occurred.minusSeconds(60) + "&to=" + occurred.plusSeconds(60), admin, last)
                .path("items")).hasSize(3);
        assertProblem(get(search, token(actor, "SELLER"), last), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(get(search, null, last), HttpStatus.UNAUTHORIZED, "unauthenticated");
    }

    @Test
    void events_of_users_name_the_changed_fields_but_never_their_values() {
        String user = UUID.randomUUID().toString();
        String email = "private-" + UUID.randomUUID() + "@example.com";
        long position = appendStored("User", user, 0, "com.catalog.command.user.UserRegisteredEvent",
                "{\"userId\":\"" + user + "\",\"email\":\"" + email + "\",\"displayName\":\"Jane Private\"}");
        long profile = appendStored("UserProfile", user + "-p", 0, "com.catalog.events.user.AuditTestOnlyProfileEvent",
                "{\"oldEmail\":\"" + email + "\",\"newEmail\":\"other-" + email + "\"}");

        JsonNode registered = ok("/api/v1/admin/audit?aggregateId=" + user, token("admin-1", "ADMIN"), position)
                .path("items").get(0);
        JsonNode changed = ok("/api/v1/admin/audit?aggregateId=" + user + "-p", token("admin-1", "ADMIN"), profile)
                .path("items").get(0);

        assertThat(registered.path("eventType").asText()).isEqualTo("UserRegisteredEvent");
        assertThat(registered.path("changes").toString()).isEqualTo(
                "[{\"field\":\"email\",\"masked\":true},{\"field\":\"displayName\",\"masked\":true}]");
        assertThat(changed.path("changes").toString()).isEqualTo("[{\"field\":\"email\",\"masked\":true}]");
        assertThat(registered.has("clientIp")).as("an IP address is personal data as well").isFalse();
        assertThat(registered.path("actorId").asText()).isEqualTo("admin-1");
        assertThat(jdbc.sql("SELECT count(*) FROM read.audit_entry WHERE changes::text LIKE ?")
                .param("%" + email + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM read.audit_aggregate_state WHERE aggregate_id IN (?, ?)")
                .param(user).param(user + "-p").query(Long.class).single()).isZero();
    }

    @Test
    void categories_and_brands_have_an_admin_only_history_even_for_event_types_this_app_has_no_class_for() {
        String category = UUID.randomUUID().toString();
        appendStored("Category", category, 0, "com.catalog.events.category.AuditTestCategoryCreatedEvent",
                "{\"categoryId\":\"" + category + "\",\"name\":\"Desks\",\"parentId\":null}");
        long renamed = appendStored("Category", category, 1, "com.catalog.events.category.AuditTestCategoryRenamedEvent",
                "{\"categoryId\":\"" + category + "\",\"name\":\"Office desks\"}");
        String brand = "brand-" + UUID.randomUUID();
        long brandCreated = appendStored("Brand", brand, 0, "com.catalog.events.brand.AuditTestBrandCreatedEvent",
                "{\"brandId\":\"" + brand + "\",\"name\":\"Acme\"}");

        JsonNode history = ok("/api/v1/categories/" + category + "/history", token("admin-1", "ADMIN"), renamed);

        assertThat(history.path("items").get(0).path("eventType").asText()).isEqualTo("AuditTestCategoryRenamedEvent");
        assertThat(history.path("items").get(0).path("clientIp").asText()).isEqualTo("198.51.100.4");
        assertThat(history.path("items").get(0).path("changes").toString())
                .isEqualTo("[{\"field\":\"name\",\"before\":\"Desks\",\"after\":\"Office desks\"}]");
        assertThat(ok("/api/v1/brands/" + brand + "/history", token("admin-1", "ADMIN"), brandCreated)
                .path("items")).hasSize(1);
        assertProblem(get("/api/v1/categories/" + category + "/history", token(seller, "SELLER"), renamed),
                HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(get("/api/v1/brands/" + category + "/history", token("admin-1", "ADMIN"), renamed),
                HttpStatus.NOT_FOUND, "no-history");
    }

    @Test
    void bad_filters_and_cursors_are_400_problems() {
        String admin = token("admin-1", "ADMIN");
        for (String query : List.of("from=2026-11-28T00:00:00Z&to=2026-11-27T00:00:00Z", "from=yesterday",
                "limit=0", "limit=501", "limit=many", "cursor=not-a-cursor", "cursor=cDotNQ", "aggregateType=1nvalid",
                "actor=", "eventType=drop%20table", "minPosition=-1")) {
            assertProblem(get("/api/v1/admin/audit?" + query, admin, null), HttpStatus.BAD_REQUEST, null);
        }
        assertProblem(get("/api/v1/products/not-a-uuid/history", admin, null), HttpStatus.BAD_REQUEST, null);
        assertProblem(get("/api/v1/categories/a%20b/history", admin, null), HttpStatus.BAD_REQUEST, null);
    }

    @Test
    void an_event_that_commits_after_a_later_one_is_audited_at_its_own_position() throws Exception {
        String late = "late-" + UUID.randomUUID();
        String early = "early-" + UUID.randomUUID();
        String lateEvent = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection()) {
            // the late event takes its position first but commits last: a gap the processor fills afterwards
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                        type, time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, 0, 'Category', ?, 'com.catalog.events.category.AuditTestCategoryCreatedEvent', '1',
                        convert_to('{"name":"Late"}', 'UTF8'), convert_to('{}', 'UTF8'))""")) {
                insert.setString(1, lateEvent);
                insert.setString(2, late);
                insert.setString(3, Instant.now().toString());
                insert.executeUpdate();
            }
            long earlyPosition = appendStored("Category", early, 0,
                    "com.catalog.events.category.AuditTestCategoryCreatedEvent", "{\"name\":\"Early\"}");
            awaitAudited(earlyPosition);
            connection.commit();
        }
        long latePosition = events().positionOf(lateEvent);

        assertThat(awaitAudited(latePosition)).isEqualTo(lateEvent);
    }

    /** @return the id of the event audited at this position, once there is one */
    private String awaitAudited(long position) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var audited = jdbc.sql("SELECT event_id FROM read.audit_entry WHERE global_position = ?").param(position)
                    .query(String.class).optional();
            if (audited.isPresent()) {
                return audited.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing audited at position " + position);
    }

    @Test
    void redelivered_and_replayed_events_leave_the_same_entries() throws Exception {
        String product = createProduct(seller, "Birch Cabinet", 30000);
        append(product, 1, new ProductPriceChangedEvent(product, 30000, "EUR", 25000, "EUR", false), seller, "SELLER");
        long last = append(product, 2, new ProductPublishedEvent(product, ProductStatus.DRAFT), seller, "SELLER");
        String admin = token("admin-1", "ADMIN");
        String path = "/api/v1/products/" + product + "/history";
        JsonNode before = ok(path, admin, last);
        String stateBefore = state(product);

        StreamingEventProcessor audit = processing.eventProcessor(AuditProcessor.NAME, StreamingEventProcessor.class)
                .orElseThrow();
        long first = before.path("items").get(2).path("position").asLong();
        rewind(audit, first - 1);
        // a later event: once it is audited, the rewound segments have been through this product's events again
        String marker = createProduct(seller, "Marker", 1);
        ok("/api/v1/products/" + marker + "/history", admin, positionOfLastEvent(marker));
        assertThat(ok(path, admin, last)).isEqualTo(before);
        assertThat(state(product)).isEqualTo(stateBefore);

        audit.shutdownAsync().get(30, TimeUnit.SECONDS);
        audit.resetTokens();
        audit.start();
        // the reset emptied the audit tables: the entries are back only because the replay wrote them again
        assertThat(ok(path, admin, positionOfLastEvent(marker))).isEqualTo(before);
        assertThat(state(product)).isEqualTo(stateBefore);
    }

    /** Every segment's token moved back before {@code position}, as if the events had not been handled yet. */
    private void rewind(StreamingEventProcessor processor, long position) throws Exception {
        processor.shutdownAsync().get(30, TimeUnit.SECONDS);
        transactions.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(AuditProcessor.NAME)) {
                tokenStore.storeToken(GapAwareTrackingToken.newInstance(position, List.of()), AuditProcessor.NAME, segment);
                tokenStore.releaseClaim(AuditProcessor.NAME, segment);
            }
        });
        processor.start();
    }

    /** The one place that makes a product: its creation event as the write side stores it. */
    private String createProduct(String sellerId, String name, long priceAmount) {
        String product = UUID.randomUUID().toString();
        ProductCreatedEvent created = ProductEvents.created(product, sellerId, name, "Solid wood",
                "SKU-" + product.substring(0, 8).toUpperCase(), priceAmount, "EUR");
        events().append(new GenericDomainEventMessage<>("Product", product, 0, created, MetaData.from(Map.of(
                "actorId", sellerId, "actorRole", "SELLER", "correlationId", "corr-" + product, "clientIp", "192.0.2.7"))));
        return product;
    }

    /** @return the global position of the appended event */
    private long append(String productId, long sequence, Object payload, String actorId, String actorRole) {
        return events().append("Product", productId, sequence, payload, EventAppender.actor(actorId, actorRole));
    }

    /** An event whose payload type this app has no class for, stored as the write side's Jackson serialiser would. */
    private long appendStored(String aggregateType, String aggregateId, long sequence, String payloadType, String payload) {
        return events().appendSerialized(aggregateType, aggregateId, sequence, payloadType, payload,
                "{\"actorId\":\"admin-1\",\"actorRole\":\"ADMIN\",\"clientIp\":\"198.51.100.4\"}");
    }

    private EventAppender events() {
        return new EventAppender(eventStore, jdbc);
    }

    private long positionOfLastEvent(String aggregateId) {
        return jdbc.sql("SELECT max(global_index) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    private String state(String aggregateId) {
        return jdbc.sql("SELECT state::text || '@' || last_sequence FROM read.audit_aggregate_state WHERE aggregate_id = ?")
                .param(aggregateId).query(String.class).single();
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    private static List<String> fieldsChanged(JsonNode item) {
        return texts(item.path("changes"), "field");
    }

    private JsonNode ok(String path, String bearer, Long minPosition) {
        ResponseEntity<JsonNode> response = get(path, bearer, minPosition);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> get(String path, String bearer, Long minPosition) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        if (minPosition != null) {
            headers.set(MIN_POSITION, minPosition.toString());
        }
        return http.exchange(URI.create(http.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static String token(String subject, String role) {
        return TestEngines.jwt().mint(subject, Duration.ofMinutes(5), role);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
        if (code != null) {
            assertThat(response.getBody().path("code").asText()).isEqualTo(code);
        }
        assertThat(response.getBody().toString()).doesNotContain("Exception", "at com.", "org.springframework");
    }
}
