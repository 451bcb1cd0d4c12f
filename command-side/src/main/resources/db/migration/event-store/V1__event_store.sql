-- The Axon event store, read by Axon's JDBC storage engine here and by the query side's processors.
-- Column names are a contract with the query side (its EventSchema uses the same snake_case names).

-- BIGSERIAL gives the table its own sequence with increment 1: a pooled or shared sequence leaves
-- gaps in global_index that stall tracking processors (AxonFramework #2231, #2728).
CREATE TABLE event_store.domain_event_entry (
    global_index         BIGSERIAL    PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    -- Axon's JDBC engine writes ISO-8601 text here
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    -- bytea, never oid: large objects leak and need vacuumlo
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    -- two writers of the same aggregate collide here; the loser gets a ConcurrencyException (409)
    CONSTRAINT domain_event_entry_aggregate_sequence_uk UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier_uk UNIQUE (event_identifier)
);

CREATE TABLE event_store.snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT snapshot_event_entry_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_identifier_uk UNIQUE (event_identifier)
);

-- Set-based validation: one row per SKU, written in the same transaction as the event that claims it.
-- Sku values are upper-cased by the value type; the check keeps "ab-1" and "AB-1" from ever coexisting.
CREATE TABLE event_store.product_sku_lookup (
    sku        VARCHAR(64) PRIMARY KEY CHECK (sku = upper(sku)),
    product_id VARCHAR(36) NOT NULL
);
