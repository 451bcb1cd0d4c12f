-- One row per catalog product, kept from the public events on catalog.product.v1 (see docs/integration-events.md).
CREATE TABLE stock_item (
    product_id    TEXT PRIMARY KEY,
    skus          TEXT[]      NOT NULL DEFAULT '{}',
    status        TEXT        NOT NULL,
    sellable      BOOLEAN     NOT NULL,
    -- highest ce_sequence applied: anything at or below it is a duplicate or a stale redelivery
    last_sequence BIGINT      NOT NULL,
    -- global event-store position of the last event applied, known only for events from the catch-up API
    last_position BIGINT,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- ce_ids already handled (applied or deliberately skipped), so a redelivered record is recognised without parsing it.
CREATE TABLE applied_event (
    event_id   TEXT PRIMARY KEY,
    product_id TEXT        NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Where the catch-up from the query side's event-store API stopped (a single row).
CREATE TABLE catch_up_checkpoint (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    position   BIGINT      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
