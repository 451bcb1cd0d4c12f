-- Product page read model, written by the product-details processor.
-- last_sequence is the aggregate sequence number of the newest event applied: upserts only move it forward,
-- so a replayed or duplicated event never overwrites newer state.
CREATE TABLE product (
    product_id     UUID         PRIMARY KEY,
    seller_id      VARCHAR(255) NOT NULL,
    name           VARCHAR(500) NOT NULL,
    description    TEXT,
    sku            VARCHAR(64)  NOT NULL,
    price_amount   BIGINT       NOT NULL,
    price_currency CHAR(3)      NOT NULL,
    status         VARCHAR(32)  NOT NULL,
    last_sequence  BIGINT       NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);

CREATE INDEX product_seller_id_idx ON product (seller_id);
