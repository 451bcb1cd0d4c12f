package com.catalog.query.product.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * A category filter covers the category and everything below it. The descendants come from the category read
 * model's materialised ancestor path at query time, so a moved category filters correctly without touching a
 * single product document.
 */
@Component
class CategoryScope {

    private final JdbcClient jdbc;

    CategoryScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The category itself first, then its descendants; an unknown id stays in the list and so matches nothing. */
    List<String> withDescendants(UUID categoryId) {
        List<String> below = jdbc.sql("""
                        SELECT category_id::text FROM read.category
                        WHERE ?::uuid = ANY(path) AND NOT deleted""")
                .param(categoryId.toString()).query(String.class).list();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(categoryId.toString()), below.stream()).toList();
    }
}
