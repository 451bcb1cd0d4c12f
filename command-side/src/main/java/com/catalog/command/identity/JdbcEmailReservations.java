package com.catalog.command.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims emails in {@code event_store.user_email_lookup}, in the transaction Axon's unit of work opened (the
 * pattern of the SKU lookup). ON CONFLICT DO NOTHING waits for a concurrent uncommitted claim and then skips.
 */
@Repository
class JdbcEmailReservations implements EmailReservations {

    private static final String CLAIM = """
            INSERT INTO event_store.user_email_lookup (email_lower, user_id) VALUES (?, ?)
            ON CONFLICT (email_lower) DO NOTHING""";

    private final JdbcClient jdbc;

    JdbcEmailReservations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean reserve(String normalisedEmail, String userId) {
        return jdbc.sql(CLAIM).params(normalisedEmail, userId).update() == 1;
    }
}
