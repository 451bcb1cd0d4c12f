package com.catalog.query.replay;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;

/**
 * The PostgreSQL read models named in {@code catalog.replay.postgres}: a replay fills copies of their tables in a
 * schema of its own and moves them into the read schema in one transaction.
 */
@Component
class PostgresReadModels implements ReadModelStore {

    private final JdbcClient jdbc;
    private final LargeQueries large;
    private final TransactionTemplate transaction;
    private final ReplayProperties properties;

    PostgresReadModels(JdbcClient jdbc, LargeQueries large, PlatformTransactionManager transactions,
                       ReplayProperties properties) {
        this.jdbc = jdbc;
        this.large = large;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    @Override
    public boolean holds(String processor) {
        return properties.postgres().containsKey(processor);
    }

    @Override
    public FreshReadModel createFresh(String processor) {
        String schema = "replay_" + processor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        PostgresFreshReadModel fresh = new PostgresFreshReadModel(jdbc, large, transaction, properties.schema(), schema,
                properties.postgres().get(processor), properties.synchronousCommit());
        fresh.create();
        return fresh;
    }
}
