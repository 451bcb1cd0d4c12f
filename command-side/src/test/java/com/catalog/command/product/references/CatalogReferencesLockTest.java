package com.catalog.command.product.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/**
 * The product side locks the category tree and the brand lookup by their advisory-lock keys without depending on
 * those packages (categories and brands must not depend on products, and products only read their tables): this
 * keeps the copied keys equal to the originals, so the serialisation with deletions cannot silently break.
 */
class CatalogReferencesLockTest {

    @Test
    void the_keys_are_those_the_category_tree_and_the_brand_lookup_lock() throws Exception {
        assertThat(JdbcCatalogReferences.CATEGORY_TREE_LOCK_KEY)
                .isEqualTo(key("com.catalog.command.category.JdbcCategoryTree", "TREE_LOCK_KEY"));
        assertThat(JdbcCatalogReferences.BRAND_LOOKUP_LOCK_KEY)
                .isEqualTo(key("com.catalog.command.brand.JdbcBrandLookup", "LOOKUP_LOCK_KEY"));
    }

    private static long key(String type, String field) throws ReflectiveOperationException {
        Field key = Class.forName(type).getDeclaredField(field);
        key.setAccessible(true);
        return key.getLong(null);
    }
}
