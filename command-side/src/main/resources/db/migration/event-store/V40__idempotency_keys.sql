-- Idempotency-Key of write POSTs (package com.catalog.command.idempotency). One row per caller (JWT subject) and key.
-- A single write claims its row in the transaction that appends its events, so both commit or neither does; a bulk
-- request (each item in its own transaction) claims it first as IN_FLIGHT and completes it afterwards.
CREATE TABLE event_store.idempotency_key (
    caller_id        TEXT        NOT NULL,
    idempotency_key  TEXT        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    -- SHA-256 of method, path, query, If-Match and body: the same key with another request is refused
    request_hash     BYTEA       NOT NULL,
    state            TEXT        NOT NULL CHECK (state IN ('IN_FLIGHT', 'COMPLETED')),
    response_status  INTEGER,
    -- the headers a retry must see again: Location, ETag, X-Catalog-Position, Content-Type
    response_headers JSONB,
    response_body    BYTEA,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller_id, idempotency_key),
    CHECK (state = 'IN_FLIGHT' OR response_status IS NOT NULL)
);

-- the purge deletes by expiry
CREATE INDEX idempotency_key_expires_at ON event_store.idempotency_key (expires_at);
