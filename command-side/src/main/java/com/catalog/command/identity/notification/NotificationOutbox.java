package com.catalog.command.identity.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notification outbox (table {@code event_store.notification_outbox}): a message is added in the caller's
 * transaction and taken by {@link NotificationRelay}, which marks it sent once Kafka has it.
 */
@Component
public class NotificationOutbox {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    NotificationOutbox(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(Notification message) {
        try {
            jdbc.sql("""
                            INSERT INTO event_store.notification_outbox (id, user_id, type, payload, created_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(UUID.fromString(message.id()), message.userId(), message.type(), json.writeValueAsString(message),
                            Timestamp.from(message.occurredAt()))
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification " + message.id() + " not serialisable", e);
        }
    }

    /** The oldest unsent messages, locked until the caller's transaction ends; other replicas skip them. */
    List<Pending> lockUnsent(int limit) {
        return jdbc.sql("""
                        SELECT id, user_id, payload FROM event_store.notification_outbox
                        WHERE sent_at IS NULL ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(limit)
                .query((rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getString("user_id"), rs.getString("payload")))
                .list();
    }

    /** Sent: the token-bearing payload goes, the row stays as a record of the delivery. */
    void markSent(UUID id) {
        jdbc.sql("UPDATE event_store.notification_outbox SET sent_at = now(), payload = NULL, attempts = attempts + 1 WHERE id = ?")
                .param(id).update();
    }

    /** Sent messages (their payload is already gone) are kept a while as a record of the delivery, then deleted. */
    public int purgeSentBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM event_store.notification_outbox WHERE sent_at < ?").param(Timestamp.from(cutoff)).update();
    }

    void markFailed(UUID id) {
        jdbc.sql("UPDATE event_store.notification_outbox SET attempts = attempts + 1 WHERE id = ?").param(id).update();
    }

    /** @param payload the message as JSON, token included: never log it */
    record Pending(UUID id, String userId, String payload) {

        @Override
        public String toString() {
            return "Pending[id=" + id + "]";
        }
    }
}
