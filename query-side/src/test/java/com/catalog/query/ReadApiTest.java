package com.catalog.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.query.product.ProductEvents;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
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

/**
 * The base of the buyers' read API tests (statistics, own products, facet tree): the real app over HTTP on a database
 * of its own (so counts over the whole catalog are the tests' own), the real Elasticsearch and Kafka. Events are
 * appended to the event store as the command side would append them, then read back through the API. The subclasses
 * share one application context (same configuration), so the app starts once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.read.consistency-timeout=10s",
        "catalog.search.alias=catalog-products-read-api",
        "catalog.search.index=catalog-products-read-api-v1"})
public abstract class ReadApiTest {

    private static final AtomicLong LAST_STAMP = new AtomicLong();

    protected static final String MIN_POSITION = "X-Catalog-Min-Position";

    @Autowired protected TestRestTemplate http;
    @Autowired protected EventStore eventStore;
    @Autowired protected JdbcClient jdbc;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
    }

    protected static String id() {
        return UUID.randomUUID().toString();
    }

    protected static String token(String subject, String role) {
        return ReadAssertions.token(subject, role);
    }

    /** A product of {@code sellerId} with one price, in a category and of a brand (both may be null). */
    protected static ProductCreatedEvent product(String sellerId, String name, String categoryId, String brandId,
                                                 long amount, String currency) {
        String productId = id();
        return ProductEvents.inCategoryOfBrand(ProductEvents.created(productId, sellerId, name, name + " in detail",
                "SKU-" + productId.substring(0, 8).toUpperCase(), amount, currency), categoryId, brandId);
    }

    /** @return the position of the publish */
    protected long published(ProductCreatedEvent product) {
        append("Product", product.productId(), 0, product);
        return append("Product", product.productId(), 1, new ProductPublishedEvent(product.productId(), ProductStatus.DRAFT));
    }

    protected long draft(ProductCreatedEvent product) {
        return append("Product", product.productId(), 0, product);
    }

    /** A category whose read-model row exists before the caller's products are indexed (they take its name). */
    protected String category(String name, String parentId) {
        String categoryId = id();
        long position = append("Category", categoryId, 0, new CategoryCreatedEvent(categoryId, name, "c-" + categoryId,
                null, parentId, 0));
        assertThat(get("/api/v1/categories/" + categoryId, position).getStatusCode()).isEqualTo(HttpStatus.OK);
        return categoryId;
    }

    protected String brand(String name) {
        String brandId = id();
        long position = append("Brand", brandId, 0, new BrandCreatedEvent(brandId, name, "b-" + brandId, null, null, null));
        assertThat(get("/api/v1/brands/" + brandId, position).getStatusCode()).isEqualTo(HttpStatus.OK);
        return brandId;
    }

    /**
     * @return the global position of the appended event, stamped now, and at least a millisecond after the event
     *         appended before it, so "newest first" orders never meet a tie of creation times
     */
    protected long append(String type, String aggregateId, long sequence, Object payload) {
        long millis = LAST_STAMP.updateAndGet(previous -> Math.max(previous + 1, System.currentTimeMillis()));
        return append(type, aggregateId, sequence, payload, Instant.ofEpochMilli(millis));
    }

    /** @return the global position of the appended event, stamped {@code at} */
    protected long append(String type, String aggregateId, long sequence, Object payload, Instant at) {
        return new EventAppender(eventStore, jdbc).append(new GenericDomainEventMessage<>(type, aggregateId, sequence,
                payload, EventAppender.ADMIN_ACTOR, UUID.randomUUID().toString(), at));
    }

    protected ResponseEntity<JsonNode> get(String path, Long minPosition) {
        return get(path, minPosition, null, null);
    }

    protected ResponseEntity<JsonNode> get(String path, Long minPosition, String bearer, String ifNoneMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (minPosition != null) {
            headers.set(MIN_POSITION, minPosition.toString());
        }
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        if (ifNoneMatch != null) {
            headers.setIfNoneMatch(ifNoneMatch);
        }
        return http.exchange(URI.create(http.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    /** An RFC 9457 problem with this status and {@code code} ({@link ReadAssertions}). */
    protected static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String code) {
        ReadAssertions.assertProblem(response, status, code);
    }

    /** A strong ETag that answers 304 to If-None-Match. */
    protected void assertRevalidates(String path, Long minPosition, String bearer) {
        ResponseEntity<JsonNode> first = get(path, minPosition, bearer, null);
        String etag = first.getHeaders().getETag();
        assertThat(etag).as(path).startsWith("\"");
        assertThat(get(path, minPosition, bearer, etag).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_MODIFIED);
    }
}
