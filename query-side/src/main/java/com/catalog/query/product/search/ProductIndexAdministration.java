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
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The next versioned index name for a replay ({@code catalog-products-v1} → {@code catalog-products-v2}, after
     * the highest one that exists), having deleted what an interrupted replay left: versioned indices not behind the
     * alias.
     */
    String nextIndex() throws IOException {
        String base = properties.index().replaceFirst("-v\\d+$", "");
        Pattern versioned = Pattern.compile(Pattern.quote(base) + "-v(\\d+)");
        Set<String> existing = client.indices().get(g -> g.index(base + "-v*").allowNoIndices(true)).result().keySet();
        Set<String> serving = indicesBehindAlias();
        for (String leftover : existing.stream().filter(index -> !serving.contains(index)).toList()) {
            client.indices().delete(d -> d.index(leftover));
        }
        int highest = existing.stream().map(versioned::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).max(Comparator.naturalOrder()).orElse(1);
        return base + "-v" + (highest + 1);
    }

    /** A new index with the current mapping and no alias, not refreshed while it fills (faster bulk writes). */
    void createUnaliased(String index) throws IOException {
        try (InputStream mapping = properties.mapping().getInputStream()) {
            client.indices().create(c -> c.withJson(mapping).index(index));
        }
        client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time("-1"))));
        log.info("Created search index {} for a replay", index);
    }

    /** Moves the alias to {@code index} in one atomic {@code _aliases} request, then deletes the indices it left. */
    void swapAliasTo(String index) throws IOException {
        Set<String> old = indicesBehindAlias();
        client.indices().updateAliases(u -> {
            old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(properties.alias()))));
            return u.actions(a -> a.add(add -> add.index(index).alias(properties.alias()).isWriteIndex(true)));
        });
        log.info("Alias {} moved from {} to {}", properties.alias(), old, index);
        for (String retired : old) {
            client.indices().delete(d -> d.index(retired));
        }
    }

    void delete(String index) throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
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
