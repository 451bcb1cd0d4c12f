-- Identity and access (issue 3). Every table lives next to the events because the rows that must agree with
-- them (the email claim, the account state) are written in the same transaction as the event append.

-- Set-based validation: one row per email, lower-cased, claimed in the transaction that appends UserRegisteredEvent.
CREATE TABLE event_store.user_email_lookup (
    email_lower VARCHAR(254) PRIMARY KEY CHECK (email_lower = lower(email_lower)),
    user_id     VARCHAR(36)  NOT NULL
);

-- The users' current state, kept by a subscribing event handler in the same transaction as each user event:
-- what sign-in and the admin list read. It can be rebuilt from the events.
CREATE TABLE event_store.user_account (
    user_id       VARCHAR(36)  PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    email_lower   VARCHAR(254) NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    status        VARCHAR(32)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL
);

-- A sign-in and the chain of refresh tokens rotated from it. Revoking the family ends the session.
CREATE TABLE event_store.session_family (
    family_id  UUID        PRIMARY KEY,
    user_id    VARCHAR(36) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX session_family_user_idx ON event_store.session_family (user_id);

-- Opaque refresh tokens, stored as SHA-256 only; each works once (used_at), a second use revokes the family.
CREATE TABLE event_store.refresh_token (
    token_hash BYTEA       PRIMARY KEY,
    family_id  UUID        NOT NULL REFERENCES event_store.session_family (family_id),
    expires_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX refresh_token_family_idx ON event_store.refresh_token (family_id);

-- Access tokens by jti. Both apps read revoked_at (with a short cache), so a revoked token stops working on
-- both until it expires. Tokens of other issuers get a row only when revoked (family_id null).
CREATE TABLE event_store.access_token (
    jti        VARCHAR(64) PRIMARY KEY,
    family_id  UUID,
    user_id    VARCHAR(255) NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX access_token_family_idx ON event_store.access_token (family_id);
CREATE INDEX access_token_user_idx ON event_store.access_token (user_id);

-- DEV ONLY: a signing key generated at first start when none is configured, shared by every replica.
CREATE TABLE event_store.jwt_signing_key (
    key_id      VARCHAR(64) PRIMARY KEY,
    private_key TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
