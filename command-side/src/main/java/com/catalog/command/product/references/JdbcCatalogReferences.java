package com.catalog.command.product.references;

import com.catalog.command.product.CatalogReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks references against the category and brand side's own tables, written in their commands' transactions:
 * {@code event_store.category_tree} and {@code event_store.brand_lookup} hold exactly the categories and brands not
 * deleted, and the tree's {@code active} column whether a category is deactivated (written under the same lock).
 * <p>
 * Before it reads, it takes the category tree's (or brand lookup's) transaction-scoped advisory lock in shared mode.
 * Deletions take the same lock exclusively before they count a category's or brand's products, and deactivations
 * before they change the flag, so a product write and a deletion or deactivation of what it references are
 * serialised, while product writes do not wait for one another.
 * <p>
 * A transaction that writes many products (an import batch) takes both locks once, up front and outside any
 * savepoint, with {@link #holdSharedLocks()}: its lines then skip the two lock statements each. (A lock taken inside a
 * savepoint that is rolled back is released with it, so the locks are never remembered from inside a line.)
 */
@Repository
public class JdbcCatalogReferences implements CatalogReferences {

    /** Bound to a transaction that holds both shared locks until it ends. */
    private static final Object HELD = new Object();

    /** The key of {@code category.JdbcCategoryTree}'s lock; {@code CatalogReferencesLockTest} keeps them equal. */
    static final long CATEGORY_TREE_LOCK_KEY = 0x63617465676F7279L;
    /** The key of {@code brand.JdbcBrandLookup}'s lock; {@code CatalogReferencesLockTest} keeps them equal. */
    static final long BRAND_LOOKUP_LOCK_KEY = 0x6272616E64L;

    private final JdbcClient jdbc;

    JdbcCatalogReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean categoryUsable(String categoryId) {
        lockShared(CATEGORY_TREE_LOCK_KEY);
        return jdbc.sql("SELECT count(*) FROM event_store.category_tree WHERE category_id = ? AND active")
                .param(categoryId).query(Long.class).single() > 0;
    }

    @Override
    public boolean brandUsable(String brandId) {
        lockShared(BRAND_LOOKUP_LOCK_KEY);
        return jdbc.sql("SELECT count(*) FROM event_store.brand_lookup WHERE brand_id = ?")
                .param(brandId).query(Long.class).single() > 0;
    }

    /**
     * Takes both shared locks for the rest of the current transaction (one statement); the reference checks of this
     * transaction then take none. Call outside any savepoint.
     */
    public void holdSharedLocks() {
        if (TransactionSynchronizationManager.hasResource(HELD)) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("the locks are held by a transaction: call inside one");
        }
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(?), pg_advisory_xact_lock_shared(?)")
                .params(CATEGORY_TREE_LOCK_KEY, BRAND_LOOKUP_LOCK_KEY).query((rs, row) -> true).single();
        TransactionSynchronizationManager.bindResource(HELD, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(HELD);
            }
        });
    }

    private void lockShared(long key) {
        if (TransactionSynchronizationManager.hasResource(HELD)) {
            return;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(?)").param(key).query((rs, row) -> true).single();
    }
}
