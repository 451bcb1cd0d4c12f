package com.catalog.query.brand;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.brand.BrandDeletedEvent;
import com.catalog.events.brand.BrandFeaturedEvent;
import com.catalog.events.brand.BrandUnfeaturedEvent;
import com.catalog.events.brand.BrandUpdatedEvent;
import com.catalog.query.EventAppender;
import com.catalog.query.QuerySideEngines;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Brand events appended to the real event store become the brand reads, with ETags, 304 and read-your-writes. */
// closed after the class: its processors (among them the Kafka publisher) must not keep competing for segments and
// CPU with the contexts of the test classes that run later
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "catalog.read.consistency-timeout=4s")
class BrandReadIntegrationTest {

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
    }

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;

    @Test
    void a_created_and_updated_brand_is_read_by_id_with_a_strong_etag_and_304_until_it_changes() {
        String id = UUID.randomUUID().toString();
        long created = append(id, 0, new BrandCreatedEvent(id, "Acme", "acme-" + id, "Since 1900",
                "https://cdn.example.com/acme.png", "https://acme.example.com"));

        ResponseEntity<JsonNode> first = get("/api/v1/brands/" + id, created, null);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().path("name").asText()).isEqualTo("Acme");
        assertThat(first.getBody().path("logoUrl").asText()).isEqualTo("https://cdn.example.com/acme.png");
        assertThat(first.getHeaders().getCacheControl()).contains("public");
        String etag = first.getHeaders().getETag();
        assertThat(get("/api/v1/brands/" + id, created, etag).getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);

        long updated = append(id, 1, new BrandUpdatedEvent(id, "Acme Outdoor", "acme-" + id, null, null, "https://acme.example.org"));
        ResponseEntity<JsonNode> after = get("/api/v1/brands/" + id, updated, etag);
        assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(after.getBody().path("name").asText()).isEqualTo("Acme Outdoor");
        assertThat(after.getBody().has("logoUrl")).isFalse();
        assertThat(after.getBody().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void featured_brands_are_listed_until_unfeatured_and_deleted_brands_disappear() {
        String kept = UUID.randomUUID().toString();
        String gone = UUID.randomUUID().toString();
        append(kept, 0, new BrandCreatedEvent(kept, "Kept " + kept, "kept-" + kept, null, null, null));
        append(gone, 0, new BrandCreatedEvent(gone, "Gone " + gone, "gone-" + gone, null, null, null));
        append(kept, 1, new BrandFeaturedEvent(kept));
        long featured = append(gone, 1, new BrandFeaturedEvent(gone));
        assertThat(ids(get("/api/v1/brands/featured", featured, null).getBody())).contains(kept, gone);

        append(kept, 2, new BrandUnfeaturedEvent(kept));
        long deleted = append(gone, 2, new BrandDeletedEvent(gone, kept));

        assertThat(ids(get("/api/v1/brands/featured", deleted, null).getBody())).doesNotContain(kept, gone);
        ResponseEntity<JsonNode> missing = get("/api/v1/brands/" + gone, deleted, null);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().path("code").asText()).isEqualTo("brand-not-found");
    }

    @Test
    void the_list_is_paged_by_name() {
        String id = UUID.randomUUID().toString();
        long last = append(id, 0, new BrandCreatedEvent(id, "Zeta " + id, "zeta-" + id, null, null, null));

        JsonNode page = get("/api/v1/brands?page=0&size=100", last, null).getBody();

        assertThat(page.path("totalItems").asLong()).isPositive();
        List<String> names = StreamSupport.stream(page.path("items").spliterator(), false)
                .map(item -> item.path("name").asText().toLowerCase()).toList();
        assertThat(names).isSorted();
        assertThat(get("/api/v1/brands?page=-1", null, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_position_the_projection_does_not_reach_in_time_is_a_503_with_retry_after() {
        long head = jdbc.sql("SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry")
                .query(Long.class).single();

        ResponseEntity<JsonNode> behind = get("/api/v1/brands/featured", head + 1_000_000, null);

        assertThat(behind.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(behind.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(behind.getBody().path("code").asText()).isEqualTo("projection-behind");
    }

    private long append(String brandId, long sequence, Object payload) {
        return new EventAppender(eventStore, jdbc).append("Brand", brandId, sequence, payload, EventAppender.ADMIN_ACTOR);
    }

    private ResponseEntity<JsonNode> get(String path, Long minPosition, String ifNoneMatch) {
        HttpHeaders headers = new HttpHeaders();
        if (minPosition != null) {
            headers.set("X-Catalog-Min-Position", minPosition.toString());
        }
        if (ifNoneMatch != null) {
            headers.setIfNoneMatch(ifNoneMatch);
        }
        return http.exchange(URI.create(http.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path("id").asText()).toList();
    }
}
