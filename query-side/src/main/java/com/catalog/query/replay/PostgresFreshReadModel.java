package com.catalog.query.replay;

import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;

/**
 * Copies of a processor's tables in schema {@code replay_<processor>}: created empty with the live tables' columns,
 * defaults, checks and key constraints (same names), filled by the replay through {@code SET LOCAL search_path}
 * (the handlers' SQL names its tables without a schema), then given the live tables' other indexes (same names,
 * built once instead of row by row), and finally swapped: in one transaction the live tables move to
 * {@code retired_<processor>} and the copies into the read schema, after which the retired schema is dropped.
 */
final class PostgresFreshReadModel implements FreshReadModel {

    private final JdbcClient jdbc;
    private final LargeQueries large;
    private final TransactionTemplate transaction;
    private final String live;
    private final String fresh;
    private final String retired;
    private final ReplayProperties.PostgresReadModel model;
    private final String synchronousCommit;
    private boolean swapped;

    PostgresFreshReadModel(JdbcClient jdbc, LargeQueries large, TransactionTemplate transaction, String live,
                           String fresh, ReplayProperties.PostgresReadModel model, String synchronousCommit) {
        this.jdbc = jdbc;
        this.large = large;
        this.transaction = transaction;
        this.live = live;
        this.fresh = fresh;
        this.retired = fresh.replaceFirst("^replay_", "retired_");
        this.model = model;
        this.synchronousCommit = synchronousCommit;
    }

    void create() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DROP SCHEMA IF EXISTS " + fresh + " CASCADE").update();
            jdbc.sql("DROP SCHEMA IF EXISTS " + retired + " CASCADE").update();
            jdbc.sql("CREATE SCHEMA " + fresh).update();
            model.tables().forEach(this::copyTable);
        });
    }

    private void copyTable(String table) {
        jdbc.sql("CREATE TABLE " + fresh + "." + table + " (LIKE " + live + "." + table + " INCLUDING DEFAULTS "
                + "INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING IDENTITY INCLUDING STORAGE INCLUDING COMMENTS)")
                .update();
        jdbc.sql("""
                        SELECT 'ALTER TABLE %s ADD CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid)
                        FROM pg_constraint WHERE conrelid = CAST(:table AS regclass) AND contype IN ('p', 'u', 'x')"""
                        .formatted(fresh + "." + table))
                .param("table", live + "." + table).query(String.class).list()
                .forEach(ddl -> jdbc.sql(ddl).update());
    }

    @Override
    public String name() {
        return fresh;
    }

    @Override
    public Verification verification() {
        return model.verification();
    }

    /**
     * Points the batch's transaction at the copies and, by default, lets it commit without waiting for its WAL flush
     * ({@code catalog.replay.synchronous-commit}): a crash may lose the last commits of a replay, never a live one,
     * and a replay interrupted by a crash starts again from an empty copy. One statement, one round trip per batch.
     */
    @Override
    public void enter(UnitOfWork<?> batch) {
        jdbc.sql("SELECT set_config('search_path', :path, true), set_config('synchronous_commit', :commit, true)")
                .param("path", fresh + ", " + live + ", public").param("commit", synchronousCommit)
                .query().listOfRows();
    }

    @Override
    public void filled() {
        for (String table : model.tables()) {
            secondaryIndexes(table).forEach(ddl -> jdbc.sql(ddl).update());
            jdbc.sql("ANALYZE " + fresh + "." + table).update();
        }
    }

    /** The live table's indexes that do not back a constraint, rewritten for the copy (index names are per schema). */
    private List<String> secondaryIndexes(String table) {
        return jdbc.sql("""
                        SELECT indexdef FROM pg_indexes WHERE schemaname = :schema AND tablename = :table
                        AND indexname NOT IN (SELECT conname FROM pg_constraint
                                              WHERE conrelid = CAST(:qualified AS regclass))""")
                .param("schema", live).param("table", table).param("qualified", live + "." + table)
                .query(String.class).list().stream()
                .map(ddl -> ddl.replace(" ON " + live + "." + table + " ", " ON " + fresh + "." + table + " "))
                .toList();
    }

    @Override
    public Checksum checksum(long upTo, Set<String> moving) {
        Checksum checksum = new Checksum();
        String sql = "SELECT CAST(" + model.key() + " AS text), " + model.sequence() + " FROM " + fresh + "."
                + model.checkedTable()
                + (model.mode() == Verification.Mode.PER_EVENT ? " WHERE " + model.sequence() + " <= " + upTo : "");
        large.each(sql, rs -> {
            if (!moving.contains(rs.getString(1))) {
                checksum.add(rs.getString(1), rs.getLong(2));
            }
        });
        return checksum;
    }

    @Override
    public void swapIn() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("CREATE SCHEMA " + retired).update();
            model.tables().forEach(t -> jdbc.sql("ALTER TABLE " + live + "." + t + " SET SCHEMA " + retired).update());
            model.tables().forEach(t -> jdbc.sql("ALTER TABLE " + fresh + "." + t + " SET SCHEMA " + live).update());
        });
        swapped = true;
        dropSchemas();
    }

    @Override
    public void discard() {
        if (!swapped) {
            dropSchemas();
        }
    }

    private void dropSchemas() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + retired + " CASCADE").update();
        jdbc.sql("DROP SCHEMA IF EXISTS " + fresh + " CASCADE").update();
    }
}
