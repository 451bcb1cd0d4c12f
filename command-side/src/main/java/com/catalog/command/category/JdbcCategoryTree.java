package com.catalog.command.category;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tree in {@code event_store.category_tree}. The JdbcClient joins the Spring transaction that Axon's unit of
 * work opened, so the rows and the event commit atomically; the advisory lock taken by {@link #lock()} makes two
 * concurrent moves unable to build a cycle between them (each checks a tree the other has not changed yet).
 * Depth is bounded, so the recursive queries walk at most {@value CategoryLimits#MAX_DEPTH} levels.
 */
@Repository
class JdbcCategoryTree implements CategoryTree {

    /** Arbitrary but fixed: the key of the transaction-scoped advisory lock guarding the category tree. */
    private static final long TREE_LOCK_KEY = 0x63617465676F7279L;

    private static final String DEPTH = """
            WITH RECURSIVE up (id, parent_id, depth) AS (
                SELECT category_id, parent_id, 1 FROM event_store.category_tree WHERE category_id = ?
                UNION ALL
                SELECT t.category_id, t.parent_id, up.depth + 1
                FROM event_store.category_tree t JOIN up ON t.category_id = up.parent_id)
            SELECT coalesce(max(depth), 0) FROM up""";
    private static final String HEIGHT = """
            WITH RECURSIVE down (id, level) AS (
                SELECT category_id, 1 FROM event_store.category_tree WHERE category_id = ?
                UNION ALL
                SELECT t.category_id, down.level + 1 FROM event_store.category_tree t JOIN down ON t.parent_id = down.id)
            SELECT coalesce(max(level), 0) FROM down""";
    private static final String SELF_OR_ANCESTOR = """
            WITH RECURSIVE up (id, parent_id) AS (
                SELECT category_id, parent_id FROM event_store.category_tree WHERE category_id = ?
                UNION ALL
                SELECT t.category_id, t.parent_id FROM event_store.category_tree t JOIN up ON t.category_id = up.parent_id)
            SELECT count(*) FROM up WHERE id = ?""";

    private final JdbcClient jdbc;

    JdbcCategoryTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(TREE_LOCK_KEY).query((rs, row) -> true).single();
    }

    @Override
    public boolean contains(String categoryId) {
        return count("SELECT count(*) FROM event_store.category_tree WHERE category_id = ?", categoryId) > 0;
    }

    @Override
    public int depthOf(String categoryId) {
        return jdbc.sql(DEPTH).param(categoryId).query(Integer.class).single();
    }

    @Override
    public int heightOf(String categoryId) {
        return jdbc.sql(HEIGHT).param(categoryId).query(Integer.class).single();
    }

    @Override
    public boolean isSelfOrAncestor(String candidate, String categoryId) {
        return count(SELF_OR_ANCESTOR, categoryId, candidate) > 0;
    }

    @Override
    public boolean slugTakenByOther(String slug, String categoryId) {
        return count("SELECT count(*) FROM event_store.category_tree WHERE slug = ? AND category_id <> ?", slug, categoryId) > 0;
    }

    @Override
    public boolean hasChildren(String categoryId) {
        return count("SELECT count(*) FROM event_store.category_tree WHERE parent_id = ?", categoryId) > 0;
    }

    @Override
    public boolean isActive(String categoryId) {
        return count("SELECT count(*) FROM event_store.category_tree WHERE category_id = ? AND active", categoryId) > 0;
    }

    @Override
    public void setActive(String categoryId, boolean active) {
        jdbc.sql("UPDATE event_store.category_tree SET active = ? WHERE category_id = ?").params(active, categoryId).update();
    }

    @Override
    public void add(String categoryId, String slug, String parentId) {
        jdbc.sql("INSERT INTO event_store.category_tree (category_id, slug, parent_id) VALUES (?, ?, ?)")
                .params(categoryId, slug, parentId).update();
    }

    @Override
    public void changeSlug(String categoryId, String slug) {
        jdbc.sql("UPDATE event_store.category_tree SET slug = ? WHERE category_id = ?").params(slug, categoryId).update();
    }

    @Override
    public void move(String categoryId, String newParentId) {
        jdbc.sql("UPDATE event_store.category_tree SET parent_id = ? WHERE category_id = ?").params(newParentId, categoryId).update();
    }

    @Override
    public void remove(String categoryId) {
        jdbc.sql("DELETE FROM event_store.category_tree WHERE category_id = ?").param(categoryId).update();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
