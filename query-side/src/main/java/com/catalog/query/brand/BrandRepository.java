package com.catalog.query.brand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL access to {@code read.brand}; every write is guarded by the aggregate sequence, so it is idempotent. */
@Repository
class BrandRepository {

    private static final String INSERT = """
            INSERT INTO brand (brand_id, name, slug, description, logo_url, website_url, featured, deleted,
                                    last_sequence, created_at, updated_at)
            VALUES (:id, :name, :slug, :description, :logoUrl, :websiteUrl, false, false, :sequence, :at, :at)
            ON CONFLICT (brand_id) DO NOTHING""";
    private static final String CHANGE = """
            UPDATE brand SET %s, last_sequence = :sequence, updated_at = :at
            WHERE brand_id = :id AND last_sequence < :sequence""";
    private static final String DETAILS = "name = :name, slug = :slug, description = :description, "
            + "logo_url = :logoUrl, website_url = :websiteUrl";
    private static final String VISIBLE = "NOT deleted";
    private static final String ORDER = " ORDER BY lower(name), brand_id";

    private final JdbcClient jdbc;

    BrandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, BrandDetailsValues details, long sequence, Instant at) {
        details.bind(jdbc.sql(INSERT)).param("id", id).param("sequence", sequence).param("at", Timestamp.from(at)).update();
    }

    void changeDetails(UUID id, BrandDetailsValues details, long sequence, Instant at) {
        details.bind(jdbc.sql(CHANGE.formatted(DETAILS))).param("id", id).param("sequence", sequence)
                .param("at", Timestamp.from(at)).update();
    }

    void setFeatured(UUID id, boolean featured, long sequence, Instant at) {
        jdbc.sql(CHANGE.formatted("featured = :featured")).param("featured", featured).param("id", id)
                .param("sequence", sequence).param("at", Timestamp.from(at)).update();
    }

    void markDeleted(UUID id, long sequence, Instant at) {
        jdbc.sql(CHANGE.formatted("deleted = true")).param("id", id).param("sequence", sequence)
                .param("at", Timestamp.from(at)).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM brand").update();
    }

    Optional<BrandResponse> findById(UUID id) {
        return jdbc.sql("SELECT * FROM brand WHERE brand_id = :id AND " + VISIBLE).param("id", id)
                .query(BrandRepository::row).optional();
    }

    List<BrandResponse> page(int page, int size) {
        return jdbc.sql("SELECT * FROM brand WHERE " + VISIBLE + ORDER + " LIMIT :size OFFSET :offset")
                .param("size", size).param("offset", (long) page * size).query(BrandRepository::row).list();
    }

    long countVisible() {
        return jdbc.sql("SELECT count(*) FROM brand WHERE " + VISIBLE).query(Long.class).single();
    }

    List<BrandResponse> featured(int limit) {
        return jdbc.sql("SELECT * FROM brand WHERE featured AND " + VISIBLE + ORDER + " LIMIT :limit")
                .param("limit", limit).query(BrandRepository::row).list();
    }

    private static BrandResponse row(ResultSet rs, int rowNumber) throws SQLException {
        return new BrandResponse(rs.getObject("brand_id", UUID.class), rs.getString("name"), rs.getString("slug"),
                rs.getString("description"), rs.getString("logo_url"), rs.getString("website_url"),
                rs.getBoolean("featured"), rs.getLong("last_sequence"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The editable details as both the created and the updated event carry them. */
    record BrandDetailsValues(String name, String slug, String description, String logoUrl, String websiteUrl) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.param("name", name).param("slug", slug).param("description", description)
                    .param("logoUrl", logoUrl).param("websiteUrl", websiteUrl);
        }
    }
}
