-- Messages for catalog.notifications.v1 (issue 3), written in the same transaction as what caused them (the
-- registration's event append, or the one-time token they carry) and published by NotificationRelay with acks=all:
-- nothing is lost when Kafka is down or the app stops in between. At least once: a consumer deduplicates by id.
-- The payload carries the token the email needs; it is cleared once the message is on Kafka.
CREATE TABLE event_store.notification_outbox (
    id         UUID         PRIMARY KEY,
    user_id    VARCHAR(255) NOT NULL,
    type       VARCHAR(64)  NOT NULL,
    payload    TEXT,
    created_at TIMESTAMPTZ  NOT NULL,
    attempts   INTEGER      NOT NULL DEFAULT 0,
    sent_at    TIMESTAMPTZ
);

CREATE INDEX notification_outbox_unsent ON event_store.notification_outbox (created_at) WHERE sent_at IS NULL;
