package com.catalog.query.product.search;

import com.catalog.query.product.ProductEvents;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.catalog.engines.TestEngines;
import com.catalog.events.product.ProductCreatedEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk writes against the real Elasticsearch: conflicts mean "already newer", anything else fails the batch. */
class ProductIndexWriterTest {

    private static ElasticsearchClient client;

    @BeforeAll
    static void connect() {
        client = new ElasticsearchClient(new RestClientTransport(
                RestClient.builder(HttpHost.create(TestEngines.elasticsearchUrl())).build(), new JacksonJsonpMapper()));
    }

    @Test
    void an_older_or_repeated_version_is_ignored_and_the_newer_document_stays() throws Exception {
        SearchProperties index = freshIndex(new ClassPathResource("elasticsearch/catalog-products-v1.json"));
        ProductIndexWriter writer = new ProductIndexWriter(client, index);
        String id = UUID.randomUUID().toString();

        writer.write(List.of(IndexOperation.of(document(id, "Newer"), 4)));
        writer.write(List.of(IndexOperation.of(document(id, "Older"), 3), IndexOperation.of(document(id, "Same"), 4)));

        ObjectNode stored = client.get(g -> g.index(index.alias()).id(id), ObjectNode.class).source();
        assertThat(stored.path("name").asText()).isEqualTo("Newer");
    }

    @Test
    void any_other_item_error_fails_the_whole_batch() throws Exception {
        String incompatible = """
                {"mappings": {"properties": {"price": {"properties": {"amount": {"type": "boolean"}}}}}}""";
        ProductIndexWriter writer = new ProductIndexWriter(client, freshIndex(new ByteArrayResource(incompatible.getBytes())));

        assertThatThrownBy(() -> writer.write(List.of(IndexOperation.of(document(UUID.randomUUID().toString(), "Lamp"), 0))))
                .isInstanceOf(SearchIndexingException.class);
    }

    @Test
    void an_index_from_an_older_mapping_gets_the_new_fields_at_start() throws Exception {
        String old = """
                {"settings": {"analysis": {"normalizer": {"lowercase_keyword": {"type": "custom", "filter": ["lowercase"]}}}},
                 "mappings": {"dynamic": "strict", "properties": {"id": {"type": "keyword"}}}}""";
        SearchProperties before = freshIndex(new ByteArrayResource(old.getBytes()));
        SearchProperties now = new SearchProperties(before.alias(), before.index(),
                new ClassPathResource("elasticsearch/catalog-products-v1.json"), 100, "EUR", List.of(1000L), 50, 100, 10, 10,
                new SearchProperties.TypoTolerance(1, 10));

        new ProductIndexAdministration(client, now).afterPropertiesSet();
        new ProductIndexWriter(client, now).write(List.of(IndexOperation.of(document(UUID.randomUUID().toString(), "Lamp"), 0)));

        assertThat(client.indices().getMapping(m -> m.index(before.index())).result().get(before.index())
                .mappings().properties()).containsKeys("variantSkus", "featured", "staged", "categoryName", "brandName", "publishedSuggest");
    }

    private static SearchProperties freshIndex(org.springframework.core.io.Resource mapping) throws Exception {
        String name = "writer-test-" + UUID.randomUUID();
        SearchProperties properties = new SearchProperties(name + "-alias", name, mapping, 100, "EUR", List.of(1000L), 50, 100, 10, 10,
                new SearchProperties.TypoTolerance(1, 10));
        new ProductIndexAdministration(client, properties).afterPropertiesSet();
        return properties;
    }

    private static ProductDocument document(String id, String name) {
        return ProductDocument.created(ProductEvents.created(id, "seller-1", name, "d", "SKU-1", 1000, "EUR"), Instant.now());
    }
}
