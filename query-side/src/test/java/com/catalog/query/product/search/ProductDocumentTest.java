package com.catalog.query.product.search;

import com.catalog.query.product.ProductEvents;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.query.product.ProductPrice;
import com.catalog.query.product.ProductStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProductDocumentTest {

    private final ProductCreatedEvent event =
            ProductEvents.created("6f1c0d7e-3c1a-4c59-9d64-0a6f3f1b2c11", "seller-7", "Oak Desk", "Solid oak", "DESK-1", 49900, "EUR");

    @Test
    void a_created_product_is_indexed_as_a_draft_with_its_price_and_suggestions() {
        ProductDocument doc = ProductDocument.created(event, Instant.parse("2025-05-06T07:08:09Z"));

        assertThat(doc.id()).isEqualTo(event.productId());
        assertThat(doc.status()).isEqualTo("DRAFT");
        assertThat(doc.price()).isEqualTo(new ProductPrice(49900, "EUR"));
        assertThat(doc.createdAt()).isEqualTo("2025-05-06T07:08:09Z");
        assertThat(doc.suggest()).containsExactly("Oak Desk", "DESK-1");
    }

    @Test
    void a_status_or_price_change_keeps_every_other_field() {
        ProductDocument doc = ProductDocument.created(event, Instant.parse("2025-05-06T07:08:09Z"));

        ProductDocument changed = doc.withStatus(ProductStatus.PUBLISHED).withPriceChange("EUR", new ProductPrice(59900, "USD"));

        assertThat(changed.status()).isEqualTo("PUBLISHED");
        assertThat(changed.price()).isEqualTo(new ProductPrice(59900, "USD"));
        assertThat(changed).usingRecursiveComparison().ignoringFields("status", "price", "prices", "publishedSuggest")
                .isEqualTo(doc);
        assertThat(changed.prices()).containsExactly(new ProductPrice(59900, "USD"));
    }

    @Test
    void only_a_published_product_offers_type_ahead_and_attributes_become_facet_pairs() {
        ProductDocument draft = ProductDocument.created(event, Instant.parse("2025-05-06T07:08:09Z"));

        assertThat(draft.publishedSuggest()).isEmpty();
        assertThat(draft.withStatus(ProductStatus.PUBLISHED).publishedSuggest()).containsExactly("Oak Desk", "DESK-1");
        assertThat(draft.withStatus(ProductStatus.PUBLISHED).withStatus(ProductStatus.UNPUBLISHED).publishedSuggest()).isEmpty();
        ProductDocument withAttributes = new ProductDocument(draft.id(), draft.sellerId(), draft.name(), draft.description(),
                draft.sku(), draft.status(), draft.price(), draft.createdAt(), draft.suggest(), draft.slug(),
                draft.defaultLocale(), draft.allNames(), draft.shortDescription(), draft.prices(),
                java.util.Map.of("material", "oak", "colour", "red"), null, null, draft.current(), draft.staged(),
                List.of(), List.of(), List.of(), false, null, null, null, null, null, null);
        assertThat(withAttributes.attributePairs()).containsExactly("colour=red", "material=oak");
    }

    @Test
    void a_staged_change_is_kept_but_buyers_find_the_current_version_until_it_is_published() {
        ProductDocument doc = ProductDocument.created(event, Instant.parse("2025-05-06T07:08:09Z"));
        var staged = event.details().withChanges(java.util.List.of("name"),
                new com.catalog.events.product.ProductDetailFields(null, java.util.Map.of("en", "Walnut Desk", "de", "Nussbaumtisch"),
                        null, null, null, null, null, null));

        ProductDocument pending = doc.withVersions(doc.current(), staged);
        ProductDocument published = pending.withVersions(pending.staged(), pending.staged());

        assertThat(pending.name()).isEqualTo("Oak Desk");
        assertThat(pending.staged().name()).containsEntry("de", "Nussbaumtisch");
        assertThat(published.name()).isEqualTo("Walnut Desk");
        assertThat(published.allNames()).containsExactly("Walnut Desk", "Nussbaumtisch");
        assertThat(published.suggest()).containsExactly("Walnut Desk", "DESK-1");
    }

    @Test
    void a_new_price_list_makes_its_first_price_the_primary_one() {
        ProductDocument doc = ProductDocument.created(event, Instant.parse("2025-05-06T07:08:09Z"));

        ProductDocument changed = doc.withPrices(java.util.List.of(new ProductPrice(100, "USD"), new ProductPrice(90, "EUR")));

        assertThat(changed.price()).isEqualTo(new ProductPrice(100, "USD"));
        assertThat(changed.prices()).hasSize(2);
    }

    @Test
    void the_external_version_is_the_aggregate_sequence_plus_one_shifted_to_leave_room_for_rename_updates() {
        assertThat(IndexOperation.of(ProductDocument.created(event, Instant.now()), 0).version()).isEqualTo(1L << 20);
        assertThat(IndexOperation.of(ProductDocument.created(event, Instant.now()), 7).version()).isEqualTo(8L << 20);
    }

    @Test
    void every_document_field_is_mapped_so_the_strict_mapping_accepts_it() throws Exception {
        JsonNode mapping;
        try (InputStream in = new ClassPathResource("elasticsearch/catalog-products-v1.json").getInputStream()) {
            mapping = new ObjectMapper().readTree(in).path("mappings").path("properties");
        }
        JsonNode document = new ObjectMapper().valueToTree(ProductDocument.created(event, Instant.now()));

        assertThat(names(document)).allSatisfy(field -> assertThat(mapping.has(field)).as(field).isTrue());
        assertThat(mapping.path("suggest").path("type").asText()).isEqualTo("completion");
        assertThat(mapping.path("price").path("properties").path("amount").path("type").asText()).isEqualTo("long");
    }

    private static List<String> names(JsonNode node) {
        Iterator<String> it = node.fieldNames();
        List<String> names = new java.util.ArrayList<>();
        it.forEachRemaining(names::add);
        return names;
    }
}
