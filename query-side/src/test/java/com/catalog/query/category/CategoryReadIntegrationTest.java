package com.catalog.query.category;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.category.CategoryDeactivatedEvent;
import com.catalog.events.category.CategoryDeletedEvent;
import com.catalog.events.category.CategoryDetailsChangedEvent;
import com.catalog.events.category.CategoryFeaturedEvent;
import com.catalog.events.category.CategoryMovedEvent;
import com.catalog.events.category.CategoryReorderedEvent;
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

/**
 * Category events appended to the real event store in PostgreSQL become the category reads: tree, breadcrumbs
 * that follow moves and renames, children, featured, paging, strong ETags with 304, read-your-writes.
 */
// closed after the class: its processors (among them the Kafka publisher) must not keep competing for segments and
// CPU with the contexts of the test classes that run later
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "catalog.read.consistency-timeout=4s")
class CategoryReadIntegrationTest {

    private static final String MIN_POSITION = "X-Catalog-Min-Position";

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
    }

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;

    @Test
    void a_subcategory_is_read_with_its_depth_path_breadcrumb_and_place_in_the_tree() {
        String root = id();
        String child = id();
        String leaf = id();
        append(root, 0, created(root, "Apparel", null, 0));
        append(child, 0, created(child, "Shoes", root, 2));
        long last = append(leaf, 0, created(leaf, "Trail shoes", child, 1));

        JsonNode category = get("/api/v1/categories/" + leaf, last).getBody();
        assertThat(category.path("depth").asInt()).isEqualTo(3);
        assertThat(texts(category.path("path"))).containsExactly(root, child);
        assertThat(category.path("parentId").asText()).isEqualTo(child);
        assertThat(category.path("active").asBoolean()).isTrue();
        assertThat(category.path("version").asLong()).isZero();

        assertThat(names(get("/api/v1/categories/" + leaf + "/breadcrumb", last).getBody()))
                .containsExactly("Apparel", "Shoes", "Trail shoes");
        assertThat(ids(get("/api/v1/categories/" + root + "/children", last).getBody())).containsExactly(child);
        JsonNode rootNode = nodeOf(get("/api/v1/categories/tree", last).getBody(), root);
        assertThat(rootNode.path("children").get(0).path("children").get(0).path("id").asText()).isEqualTo(leaf);
    }

    @Test
    void moving_a_category_rewrites_the_breadcrumbs_of_its_whole_subtree() {
        String oldRoot = id();
        String newRoot = id();
        String newParent = id();
        String moved = id();
        String leaf = id();
        append(oldRoot, 0, created(oldRoot, "Old root", null, 0));
        append(newRoot, 0, created(newRoot, "New root", null, 0));
        append(newParent, 0, created(newParent, "New parent", newRoot, 0));
        append(moved, 0, created(moved, "Moved", oldRoot, 0));
        append(leaf, 0, created(leaf, "Leaf", moved, 0));

        long last = append(moved, 1, new CategoryMovedEvent(moved, oldRoot, newParent));

        JsonNode leafRead = get("/api/v1/categories/" + leaf, last).getBody();
        assertThat(leafRead.path("depth").asInt()).isEqualTo(4);
        assertThat(texts(leafRead.path("path"))).containsExactly(newRoot, newParent, moved);
        assertThat(names(get("/api/v1/categories/" + leaf + "/breadcrumb", last).getBody()))
                .containsExactly("New root", "New parent", "Moved", "Leaf");
        assertThat(ids(get("/api/v1/categories/" + oldRoot + "/children", last).getBody())).isEmpty();

        long toRoot = append(moved, 2, new CategoryMovedEvent(moved, newParent, null));
        assertThat(texts(get("/api/v1/categories/" + leaf, toRoot).getBody().path("path"))).containsExactly(moved);
    }

    @Test
    void a_renamed_ancestor_changes_the_breadcrumb_and_its_strong_etag_while_an_unchanged_one_answers_304() {
        String root = id();
        String leaf = id();
        append(root, 0, created(root, "Kitchen", null, 0));
        long before = append(leaf, 0, created(leaf, "Knives", root, 0));
        ResponseEntity<JsonNode> first = get("/api/v1/categories/" + leaf + "/breadcrumb", before);
        String etag = first.getHeaders().getETag();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(first.getHeaders().getCacheControl()).contains("public").contains("max-age=30");
        assertThat(first.getHeaders().getVary()).contains(MIN_POSITION);

        ResponseEntity<JsonNode> revalidated = get("/api/v1/categories/" + leaf + "/breadcrumb", before, etag);
        assertThat(revalidated.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);

        long renamed = append(root, 1, new CategoryDetailsChangedEvent(root, "Cookware", "cookware-" + root, null));
        ResponseEntity<JsonNode> after = get("/api/v1/categories/" + leaf + "/breadcrumb", renamed, etag);
        assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(after.getHeaders().getETag()).isNotEqualTo(etag);
        assertThat(names(after.getBody())).containsExactly("Cookware", "Knives");
    }

    @Test
    void deactivated_categories_leave_lists_and_tree_deleted_ones_are_404_and_featured_ones_are_listed() {
        String root = id();
        String hidden = id();
        String below = id();
        String gone = id();
        append(root, 0, created(root, "Garden", null, 0));
        append(hidden, 0, created(hidden, "Hidden", root, 0));
        append(below, 0, created(below, "Below hidden", hidden, 0));
        append(gone, 0, created(gone, "Gone", root, 1));
        append(root, 1, new CategoryFeaturedEvent(root));
        append(hidden, 1, new CategoryDeactivatedEvent(hidden));
        long last = append(gone, 1, new CategoryDeletedEvent(gone, null));

        assertThat(ids(get("/api/v1/categories/" + root + "/children", last).getBody())).isEmpty();
        assertThat(nodeOf(get("/api/v1/categories/tree", last).getBody(), root).path("children")).isEmpty();
        assertThat(get("/api/v1/categories/" + hidden, last).getBody().path("active").asBoolean()).isFalse();
        ResponseEntity<JsonNode> deleted = get("/api/v1/categories/" + gone, last);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(deleted.getBody().path("code").asText()).isEqualTo("category-not-found");
        assertThat(ids(get("/api/v1/categories/featured", last).getBody())).contains(root).doesNotContain(hidden);
    }

    @Test
    void the_list_is_paged_and_bad_paging_is_a_400_problem() {
        String first = id();
        long last = append(first, 0, created(first, "Paged", null, 0));

        JsonNode page = get("/api/v1/categories?page=0&size=2", last).getBody();
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("items").size()).isLessThanOrEqualTo(2);
        assertThat(page.path("totalItems").asLong()).isPositive();
        assertThat(get("/api/v1/categories?size=0", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/categories?size=101", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/categories/not-a-uuid", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void an_older_event_delivered_again_leaves_the_row_at_the_newer_state() {
        String category = id();
        append(category, 0, created(category, "Lamps", null, 0));
        long older = append(category, 1, new CategoryReorderedEvent(category, 5));
        long newer = append(category, 2, new CategoryReorderedEvent(category, 9));
        get("/api/v1/categories/" + category, newer);

        long redelivered = jdbc.sql("""
                        INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                            type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        SELECT :newId, 'redelivery-' || aggregate_identifier, sequence_number, type, time_stamp,
                            payload_type, payload_revision, payload, meta_data
                        FROM event_store.domain_event_entry WHERE global_index = :position
                        RETURNING global_index""")
                .param("newId", UUID.randomUUID().toString()).param("position", older).query(Long.class).single();

        JsonNode after = get("/api/v1/categories/" + category, redelivered).getBody();
        assertThat(after.path("sortOrder").asInt()).isEqualTo(9);
        assertThat(after.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void every_category_read_is_documented_with_its_caching_and_consistency_answers() {
        JsonNode paths = http.getForObject("/v3/api-docs", JsonNode.class).path("paths");

        for (String path : List.of("/api/v1/categories", "/api/v1/categories/tree", "/api/v1/categories/featured",
                "/api/v1/categories/{id}", "/api/v1/categories/{id}/children", "/api/v1/categories/{id}/breadcrumb",
                "/api/v1/brands", "/api/v1/brands/featured", "/api/v1/brands/{id}")) {
            JsonNode responses = paths.path(path).path("get").path("responses");
            assertThat(responses.fieldNames()).toIterable().as(path).contains("200", "304", "400", "404", "503");
            assertThat(responses.path("200").toString()).as(path).contains("example");
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static CategoryCreatedEvent created(String id, String name, String parentId, int sortOrder) {
        return new CategoryCreatedEvent(id, name, "slug-" + id, "About " + name, parentId, sortOrder);
    }

    /** @return the global position of the appended event */
    private long append(String categoryId, long sequence, Object payload) {
        return new EventAppender(eventStore, jdbc).append("Category", categoryId, sequence, payload,
                EventAppender.ADMIN_ACTOR);
    }

    private ResponseEntity<JsonNode> get(String path, Long minPosition) {
        return get(path, minPosition, null);
    }

    private ResponseEntity<JsonNode> get(String path, Long minPosition, String ifNoneMatch) {
        HttpHeaders headers = new HttpHeaders();
        if (minPosition != null) {
            headers.set(MIN_POSITION, minPosition.toString());
        }
        if (ifNoneMatch != null) {
            headers.setIfNoneMatch(ifNoneMatch);
        }
        return http.exchange(URI.create(http.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path("id").asText()).toList();
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path("name").asText()).toList();
    }

    private static JsonNode nodeOf(JsonNode forest, String id) {
        return StreamSupport.stream(forest.spliterator(), false).filter(node -> node.path("id").asText().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " not among the roots"));
    }
}
