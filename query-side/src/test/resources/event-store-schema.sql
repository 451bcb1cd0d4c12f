-- The event store as command-side's Flyway migration creates it (same table and column shapes); the query side
-- only reads it, so its tests create it here.
CREATE SCHEMA IF NOT EXISTS event_store;

CREATE TABLE IF NOT EXISTS event_store.domain_event_entry (
    global_index         BIGSERIAL    PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE IF NOT EXISTS event_store.snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- command-side's V20 (identity): the revoked-token list both apps check
CREATE TABLE IF NOT EXISTS event_store.access_token (
    jti        VARCHAR(64) PRIMARY KEY,
    family_id  UUID,
    user_id    VARCHAR(255) NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
