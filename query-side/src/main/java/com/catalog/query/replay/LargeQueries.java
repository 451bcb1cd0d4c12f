package com.catalog.query.replay;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * Reads query results of millions of rows without holding them in memory: PostgreSQL's driver streams with a
 * cursor only inside a transaction and with a fetch size.
 */
@Component
class LargeQueries {

    private static final int FETCH_SIZE = 10_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    LargeQueries(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    void each(String sql, RowCallbackHandler row, Object... params) {
        readOnly.executeWithoutResult(status -> jdbc.query(sql, row, params));
    }
}
