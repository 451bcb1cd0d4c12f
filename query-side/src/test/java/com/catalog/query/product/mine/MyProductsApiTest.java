package com.catalog.query.product.mine;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.query.ReadApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/v1/me/products: a seller's own products in every status, paged by cursor, filtered by status. */
class MyProductsApiTest extends ReadApiTest {

    private final String seller = "seller-" + UUID.randomUUID();

    @Test
    void a_seller_pages_through_their_own_products_in_every_status_newest_first() {
        List<String> newestFirst = new ArrayList<>();
        long last = 0;
        for (int i = 0; i < 5; i++) {
            ProductCreatedEvent product = product(seller, "Mine " + i, null, null, 1000 + i, "EUR");
            newestFirst.add(0, product.productId());
            last = i % 2 == 0 ? published(product) : draft(product);
        }
        last = Math.max(last, draft(product("seller-other", "Not mine", null, null, 100, "EUR")));
        String bearer = token(seller, "SELLER");

        List<String> seen = new ArrayList<>();
        JsonNode page = get("/api/v1/me/products?pageSize=2", last, bearer, null).getBody();
        assertThat(page.path("total").asLong()).isEqualTo(5);
        seen.addAll(page.path("items").findValuesAsText("id"));
        while (page.hasNonNull("nextCursor")) {
            page = get("/api/v1/me/products?pageSize=2&cursor=" + page.path("nextCursor").asText(), null, bearer, null).getBody();
            seen.addAll(page.path("items").findValuesAsText("id"));
        }
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        JsonNode first = get("/api/v1/me/products?pageSize=1", null, bearer, null).getBody().path("items").get(0);
        assertThat(first.path("name").asText()).isEqualTo("Mine 4");
        assertThat(first.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(first.path("prices").get(0).path("amount").asLong()).isEqualTo(1004);
    }

    @Test
    void the_status_filter_takes_one_or_several_statuses() {
        ProductCreatedEvent draft = product(seller, "Draft", null, null, 100, "EUR");
        ProductCreatedEvent shown = product(seller, "Shown", null, null, 100, "EUR");
        ProductCreatedEvent gone = product(seller, "Gone", null, null, 100, "EUR");
        draft(draft);
        published(shown);
        published(gone);
        long last = append("Product", gone.productId(), 2, new ProductDiscontinuedEvent(gone.productId(), ProductStatus.PUBLISHED));
        String bearer = token(seller, "SELLER");

        assertThat(names("/api/v1/me/products?status=DRAFT", last, bearer)).containsExactly("Draft");
        assertThat(names("/api/v1/me/products?status=PUBLISHED,DISCONTINUED", last, bearer)).containsExactly("Gone", "Shown");
        assertThat(names("/api/v1/me/products?status=PUBLISHED&status=DRAFT", last, bearer)).containsExactly("Shown", "Draft");
        assertRevalidates("/api/v1/me/products?status=DRAFT", last, bearer);
        ResponseEntity<JsonNode> answer = get("/api/v1/me/products", last, bearer, null);
        assertThat(answer.getHeaders().getCacheControl()).contains("private");
        assertThat(answer.getHeaders().getVary()).contains("Authorization");
    }

    @Test
    void buyers_anonymous_callers_and_bad_parameters_get_problems() {
        String bearer = token(seller, "SELLER");
        assertThat(get("/api/v1/me/products", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertProblem(get("/api/v1/me/products", null, token("buyer-1", "BUYER"), null), HttpStatus.FORBIDDEN,
                "seller-or-admin-only");
        assertThat(get("/api/v1/me/products", null, token("admin-1", "ADMIN"), null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(get("/api/v1/me/products?status=SOLD", null, bearer, null), HttpStatus.BAD_REQUEST, "invalid-status");
        assertProblem(get("/api/v1/me/products?pageSize=101", null, bearer, null), HttpStatus.BAD_REQUEST, "invalid-page-size");
        assertProblem(get("/api/v1/me/products?pageSize=0", null, bearer, null), HttpStatus.BAD_REQUEST, "invalid-page-size");
        assertProblem(get("/api/v1/me/products?cursor=bm9wZQ", null, bearer, null), HttpStatus.BAD_REQUEST, "invalid-cursor");
        assertProblem(get("/api/v1/me/products?minPosition=-1", null, bearer, null), HttpStatus.BAD_REQUEST,
                "invalid-min-position");
    }

    private List<String> names(String path, long position, String bearer) {
        return get(path, position, bearer, null).getBody().path("items").findValuesAsText("name");
    }
}
