package com.catalog.query.deadletter;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an engine that is away (database or Elasticsearch down, overloaded, a lock timeout) from an event the
 * projection can never handle. The first must be retried until the engine is back, as before; only the second may
 * become a dead letter. When in doubt about an infrastructure error, it is transient: a retry loses nothing.
 */
public final class TransientFailures {

    /** PostgreSQL SQLSTATE classes: connection, transaction rollback, resources, operator intervention, system. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57", "58");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isTransientItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable cause) {
        if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                || cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof IOException || cause instanceof TransportException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
            return TRANSIENT_SQL_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2));
        }
        return cause instanceof ElasticsearchException es && (es.status() == 429 || es.status() >= 500);
    }
}
