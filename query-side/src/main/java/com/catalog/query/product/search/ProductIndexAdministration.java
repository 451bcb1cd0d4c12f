package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Set;

/**
 * Creates the versioned index behind the alias. Runs as the bean is created, i.e. before the Axon processors
 * start, so the projection never writes into an auto-created index with a guessed mapping.
 */
@Component
class ProductIndexAdministration implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ProductIndexAdministration.class);

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    ProductIndexAdministration(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        if (!aliasExists()) {
            createIndexWithAlias();
        } else {
            addNewFields();
        }
    }

    /**
     * An index created from an older version of the mapping file gets the fields added since (Elasticsearch
     * accepts new fields on a live index; a changed field fails here, loudly, and needs a replay into a new index).
     */
    private void addNewFields() throws IOException {
        JsonNode mappings;
        try (InputStream in = properties.mapping().getInputStream()) {
            mappings = new ObjectMapper().readTree(in).path("mappings");
        }
        for (String index : indicesBehindAlias()) {
            client.indices().putMapping(m -> m.index(index)
                    .withJson(new StringReader(mappings.toString())));
        }
    }

    /** Drops every index behind the alias and starts again from the mapping file (used by a projection reset). */
    void recreate() throws IOException {
        for (String index : indicesBehindAlias()) {
            client.indices().delete(d -> d.index(index));
        }
        createIndexWithAlias();
    }

    private boolean aliasExists() throws IOException {
        return client.indices().existsAlias(a -> a.name(properties.alias())).value();
    }

    private Set<String> indicesBehindAlias() throws IOException {
        return aliasExists()
                ? client.indices().getAlias(a -> a.name(properties.alias())).result().keySet()
                : Set.of();
    }

    private void createIndexWithAlias() throws IOException {
        try (InputStream mapping = properties.mapping().getInputStream()) {
            client.indices().create(c -> c.withJson(mapping)
                    .index(properties.index())
                    .aliases(properties.alias(), a -> a.isWriteIndex(true)));
            log.info("Created search index {} with alias {}", properties.index(), properties.alias());
        } catch (ElasticsearchException e) {
            // another replica may have created it at the same moment; anything else is a real failure
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
