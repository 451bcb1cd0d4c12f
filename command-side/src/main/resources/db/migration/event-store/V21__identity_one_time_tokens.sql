-- Email verification and password reset (issue 3): single-use, expiring tokens, stored as SHA-256 only.
ALTER TABLE event_store.user_account ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE event_store.one_time_token (
    token_hash BYTEA       PRIMARY KEY,
    user_id    VARCHAR(36) NOT NULL,
    purpose    VARCHAR(32) NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX one_time_token_user_idx ON event_store.one_time_token (user_id, purpose);
