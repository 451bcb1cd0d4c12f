package com.catalog.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.query.ReadApiTest;
import com.catalog.query.ReadAssertions;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Routes with a variable still resolve as Spring MVC alone resolves them, with the literal beginnings tested first. */
class LiteralPrefixHandlerMappingApiTest extends ReadApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void spring_mvc_routes_through_the_literal_prefix_mapping() {
        assertThat(mappings).isInstanceOf(LiteralPrefixHandlerMapping.class);
    }

    @Test
    void the_literal_beginning_of_a_pattern_ends_at_its_first_variable_or_wildcard() {
        assertThat(LiteralPrefixHandlerMapping.literalBeginning("/api/v1/products/{id}")).isEqualTo("/api/v1/products/");
        assertThat(LiteralPrefixHandlerMapping.literalBeginning("/api/v1/products/by-slug/{slug}"))
                .isEqualTo("/api/v1/products/by-slug/");
        assertThat(LiteralPrefixHandlerMapping.literalBeginning("/swagger-ui/**")).isEqualTo("/swagger-ui/");
        assertThat(LiteralPrefixHandlerMapping.literalBeginning("/files/img?.png")).isEqualTo("/files/img");
        assertThat(LiteralPrefixHandlerMapping.literalBeginning("/api/v1/products/search")).isEqualTo("/api/v1/products/search");
    }

    @Test
    void reads_by_id_slug_and_nested_routes_resolve_and_an_escaped_path_still_reaches_its_route() {
        ProductCreatedEvent product = product("seller-" + id(), "Routed lamp", null, null, 1200, "EUR");
        long last = published(product);
        String id = product.productId();

        ResponseEntity<JsonNode> byId = get("/api/v1/products/" + id, last);
        assertThat(byId.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byId.getBody().path("id").asText()).isEqualTo(id);
        String slug = byId.getBody().path("slug").asText();
        assertThat(get("/api/v1/products/by-slug/" + slug, last).getBody().path("id").asText()).isEqualTo(id);

        // %70 is "p": Spring MVC matches decoded segments, so the pre-test leaves escaped paths to it
        ResponseEntity<JsonNode> escaped = get("/api/v1/%70roducts/" + id, null);
        assertThat(escaped.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(escaped.getBody().path("id").asText()).isEqualTo(id);

        assertThat(get("/api/v1/categories/" + id(), null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ReadAssertions.assertProblem(get("/api/v1/products/" + id + "/nothing-here", null), HttpStatus.NOT_FOUND);
    }
}
