package com.catalog.query.deadletter;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A statement that PostgreSQL refuses for good (a constraint, a type) aborts the whole batch transaction, so the
 * letter cannot be written in it. Such an event is remembered here, the batch is rolled back and retried, and on
 * the retry {@link PoisonedEventInterceptor} dead-letters it without running the handler again: the letter and the
 * other events' writes then commit together. Memory of one process: another instance that takes the segment over
 * simply meets the event once more and does the same.
 */
public final class AbortedTransactions {

    private final Map<String, Throwable> poisoned = new ConcurrentHashMap<>();

    /** True when the failure came from the database itself, which leaves the transaction unusable. */
    public static boolean abortsTransaction(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    public void remember(String processingGroup, String eventId, Throwable cause) {
        poisoned.put(key(processingGroup, eventId), cause);
    }

    Optional<Throwable> take(String processingGroup, String eventId) {
        return Optional.ofNullable(poisoned.remove(key(processingGroup, eventId)));
    }

    private static String key(String processingGroup, String eventId) {
        return processingGroup + '/' + eventId;
    }
}
