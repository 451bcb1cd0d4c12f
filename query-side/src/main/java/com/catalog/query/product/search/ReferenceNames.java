package com.catalog.query.product.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names of categories and brands for the product documents, read from the category and brand read models. Those are
 * written by other processors: a product indexed before its brand's row exists gets no brand name until the
 * brand's next change (see docs/search.md, "Denormalised names"). Within an event-handling batch each name is read
 * once (the batch's unit of work keeps what it read): a replay creating thousands of products of one category asks
 * PostgreSQL once per batch, not once per product.
 */
@Component
class ReferenceNames {

    private static final String BATCH_NAMES = ReferenceNames.class.getName() + ".names";

    private final JdbcClient jdbc;

    ReferenceNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The document with the current names of its category and brand; unchanged when both are already right. */
    ProductDocument apply(ProductDocument document, ProductDocument before) {
        boolean sameReferences = before != null && Objects.equals(before.categoryId(), document.categoryId())
                && Objects.equals(before.brandId(), document.brandId())
                && (document.categoryId() == null || before.categoryName() != null)
                && (document.brandId() == null || before.brandName() != null);
        if (sameReferences) {
            return document.withReferenceNames(before.categoryName(), before.brandName());
        }
        return document.withReferenceNames(name("category", document.categoryId()), name("brand", document.brandId()));
    }

    /** The name of a brand that exists (not deleted) in {@code read.brand}. */
    java.util.Optional<String> brandName(String id) {
        return java.util.Optional.ofNullable(name("brand", id));
    }

    private String name(String table, String id) {
        if (id == null || !isUuid(id)) {
            return null;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            return read(table, id);
        }
        Map<String, Optional<String>> read = CurrentUnitOfWork.get().root()
                .getOrComputeResource(BATCH_NAMES, key -> new HashMap<>());
        return read.computeIfAbsent(table + ':' + id, key -> Optional.ofNullable(read(table, id))).orElse(null);
    }

    private String read(String table, String id) {
        return jdbc.sql("SELECT name FROM read." + table + " WHERE " + table + "_id = ?::uuid AND NOT deleted")
                .param(id).query(String.class).optional().orElse(null);
    }

    private static boolean isUuid(String id) {
        return id.length() == 36 && id.chars().filter(c -> c == '-').count() == 4;
    }
}
