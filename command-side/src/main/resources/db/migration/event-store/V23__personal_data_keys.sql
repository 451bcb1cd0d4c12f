-- Crypto-shredding (issue 3): personal data in user events (email, name, password hash) is encrypted with a key per
-- user. Erasure deletes the key: the events stay, replayable, but what they held is unreadable everywhere.
CREATE TABLE event_store.user_pii_key (
    user_id    VARCHAR(36) PRIMARY KEY,
    secret     BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
