package com.catalog.query.category;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL access to {@code read.category}. Writes run inside the Axon batch's transaction when the projection calls
 * them; each one is guarded by the aggregate sequence, so it is idempotent.
 */
@Repository
class CategoryRepository {

    /** Depth and path come from the parent's row: the processor runs one segment, so the parent is already there. */
    private static final String INSERT = """
            INSERT INTO category (category_id, parent_id, name, slug, description, depth, path, sort_order,
                                       featured, active, deleted, last_sequence, created_at, updated_at)
            SELECT :id, CAST(:parentId AS uuid), :name, :slug, :description,
                   coalesce((SELECT p.depth + 1 FROM category p WHERE p.category_id = CAST(:parentId AS uuid)), 1),
                   coalesce((SELECT p.path || p.category_id FROM category p WHERE p.category_id = CAST(:parentId AS uuid)),
                            CAST('{}' AS uuid[])),
                   :sortOrder, false, true, false, :sequence, :at, :at
            ON CONFLICT (category_id) DO NOTHING""";
    private static final String GUARD = " WHERE category_id = :id AND last_sequence < :sequence";
    private static final String CHANGE = "UPDATE category SET %s, last_sequence = :sequence, updated_at = :at" + GUARD;
    private static final String MOVE = CHANGE.formatted("""
            parent_id = CAST(:parentId AS uuid),
            depth = coalesce((SELECT p.depth + 1 FROM category p WHERE p.category_id = CAST(:parentId AS uuid)), 1),
            path = coalesce((SELECT p.path || p.category_id FROM category p WHERE p.category_id = CAST(:parentId AS uuid)),
                            CAST('{}' AS uuid[]))""");
    /** Every descendant keeps the part of its path below the moved category and takes the moved one's new prefix. */
    private static final String MOVE_DESCENDANTS = """
            UPDATE category d
            SET path = m.path || m.category_id || d.path[array_position(d.path, m.category_id) + 1:],
                depth = cardinality(m.path) + 1 + cardinality(d.path) - array_position(d.path, m.category_id) + 1
            FROM category m
            WHERE m.category_id = :id AND d.path @> ARRAY[m.category_id]""";
    private static final String VISIBLE = "active AND NOT deleted";
    private static final String ORDER = " ORDER BY sort_order, name, category_id";

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID parentId, String name, String slug, String description, int sortOrder, long sequence, Instant at) {
        jdbc.sql(INSERT).param("id", id).param("parentId", parentId == null ? null : parentId.toString())
                .param("name", name).param("slug", slug).param("description", description).param("sortOrder", sortOrder)
                .param("sequence", sequence).param("at", Timestamp.from(at)).update();
    }

    void changeDetails(UUID id, String name, String slug, String description, long sequence, Instant at) {
        change("name = :name, slug = :slug, description = :description", id, sequence, at,
                new Object[][]{{"name", name}, {"slug", slug}, {"description", description}});
    }

    /** Moves the row and, when the move was applied (not a duplicate), rewrites its subtree's paths. */
    void move(UUID id, UUID newParentId, long sequence, Instant at) {
        boolean moved = jdbc.sql(MOVE).param("id", id).param("parentId", newParentId == null ? null : newParentId.toString())
                .param("sequence", sequence).param("at", Timestamp.from(at)).update() == 1;
        if (moved) {
            jdbc.sql(MOVE_DESCENDANTS).param("id", id).update();
        }
    }

    void setSortOrder(UUID id, int sortOrder, long sequence, Instant at) {
        change("sort_order = :value", id, sequence, at, new Object[][]{{"value", sortOrder}});
    }

    void setFeatured(UUID id, boolean featured, long sequence, Instant at) {
        change("featured = :value", id, sequence, at, new Object[][]{{"value", featured}});
    }

    void setActive(UUID id, boolean active, long sequence, Instant at) {
        change("active = :value", id, sequence, at, new Object[][]{{"value", active}});
    }

    void markDeleted(UUID id, long sequence, Instant at) {
        change("deleted = true", id, sequence, at, new Object[][]{});
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM category").update();
    }

    Optional<CategoryRow> findById(UUID id) {
        return jdbc.sql("SELECT * FROM category WHERE category_id = :id AND NOT deleted").param("id", id)
                .query(CategoryRepository::row).optional();
    }

    List<CategoryRow> page(int page, int size) {
        return jdbc.sql("SELECT * FROM category WHERE " + VISIBLE + " ORDER BY depth, sort_order, name, category_id"
                        + " LIMIT :size OFFSET :offset")
                .param("size", size).param("offset", (long) page * size).query(CategoryRepository::row).list();
    }

    long countVisible() {
        return jdbc.sql("SELECT count(*) FROM category WHERE " + VISIBLE).query(Long.class).single();
    }

    /** Ordered parents first (by depth), so a tree can be built in one pass. */
    List<CategoryRow> allVisible() {
        return jdbc.sql("SELECT * FROM category WHERE " + VISIBLE + " ORDER BY depth, sort_order, name, category_id")
                .query(CategoryRepository::row).list();
    }

    List<CategoryRow> childrenOf(UUID id) {
        return jdbc.sql("SELECT * FROM category WHERE parent_id = :id AND " + VISIBLE + ORDER).param("id", id)
                .query(CategoryRepository::row).list();
    }

    List<CategoryRow> featured(int limit) {
        return jdbc.sql("SELECT * FROM category WHERE featured AND " + VISIBLE + ORDER + " LIMIT :limit")
                .param("limit", limit).query(CategoryRepository::row).list();
    }

    /**
     * The rows of the given ids, root first. The {@code = ANY} is the primary key's index condition, parsed once per
     * scan (see {@code ProductFigures.of} for why it is not an {@code unnest} join).
     */
    List<CategoryRow> byIdsRootFirst(List<UUID> ids) {
        String array = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        return jdbc.sql("SELECT * FROM category WHERE category_id = ANY(CAST(:ids AS uuid[])) AND NOT deleted ORDER BY depth")
                .param("ids", array).query(CategoryRepository::row).list();
    }

    private void change(String assignments, UUID id, long sequence, Instant at, Object[][] values) {
        JdbcClient.StatementSpec statement = jdbc.sql(CHANGE.formatted(assignments))
                .param("id", id).param("sequence", sequence).param("at", Timestamp.from(at));
        for (Object[] value : values) {
            statement = statement.param((String) value[0], value[1]);
        }
        statement.update();
    }

    private static CategoryRow row(ResultSet rs, int rowNumber) throws SQLException {
        Array path = rs.getArray("path");
        return new CategoryRow(rs.getObject("category_id", UUID.class), rs.getObject("parent_id", UUID.class),
                rs.getString("name"), rs.getString("slug"), rs.getString("description"), rs.getInt("depth"),
                Arrays.asList((UUID[]) path.getArray()), rs.getInt("sort_order"), rs.getBoolean("featured"),
                rs.getBoolean("active"), rs.getLong("last_sequence"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
