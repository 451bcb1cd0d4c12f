-- Audit log, written by the audit processor: one row per event of the event store, whatever its aggregate.
-- event_id is the key, so a redelivered or replayed event is written once (INSERT ... ON CONFLICT DO NOTHING).
CREATE TABLE audit_entry (
    event_id         VARCHAR(255) PRIMARY KEY,
    global_position  BIGINT       NOT NULL UNIQUE,
    aggregate_type   VARCHAR(255),
    aggregate_id     VARCHAR(255),
    sequence_number  BIGINT,
    event_type       VARCHAR(255) NOT NULL,
    payload_type     VARCHAR(500) NOT NULL,
    payload_revision VARCHAR(64),
    occurred_at      TIMESTAMPTZ  NOT NULL,
    actor_id         VARCHAR(255),
    actor_role       VARCHAR(64),
    correlation_id   VARCHAR(255),
    client_ip        VARCHAR(64),
    -- [{"field": "...", "before": ..., "after": ...}] (or {"field": "...", "masked": true} for private aggregates)
    changes          JSONB        NOT NULL DEFAULT '[]'
);

-- Keyset paging walks global_position downwards within each filter (newest first).
CREATE INDEX audit_entry_aggregate_idx ON audit_entry (aggregate_id, global_position);
CREATE INDEX audit_entry_aggregate_type_idx ON audit_entry (aggregate_type, global_position);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, global_position);
CREATE INDEX audit_entry_event_type_idx ON audit_entry (event_type, global_position);
-- with global_position inside, a time window's position bounds come from an index-only scan (see AuditEntryReader)
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at, global_position);

-- The last known field values of each (non-private) aggregate, the "before" side of the next event's diff.
-- last_sequence guards against applying an event twice.
CREATE TABLE audit_aggregate_state (
    aggregate_id   VARCHAR(255) PRIMARY KEY,
    aggregate_type VARCHAR(255),
    state          JSONB        NOT NULL,
    last_sequence  BIGINT       NOT NULL
);
