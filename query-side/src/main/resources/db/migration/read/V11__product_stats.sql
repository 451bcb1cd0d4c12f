-- Issue 5: product figures derived from the product events, written by the product-stats processor (its own
-- processing group, so it can be replayed on its own). last_sequence is the aggregate sequence of the newest event
-- applied: a replayed or duplicated event never counts twice. History rows are keyed by (product, sequence).

-- One row per product: what the category, brand and product statistics aggregate. The category and brand are the
-- ones buyers see (current version) and, separately, the latest edits (staged), as a publish makes staged current.
CREATE TABLE product_stats (
    product_id          UUID         PRIMARY KEY,
    seller_id           VARCHAR(255) NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    current_category_id VARCHAR(64),
    current_brand_id    VARCHAR(64),
    staged_category_id  VARCHAR(64),
    staged_brand_id     VARCHAR(64),
    -- [{"currency": "EUR", "amount": 1999}, ...], primary first
    prices              JSONB        NOT NULL,
    -- events after the creation
    change_count        INT          NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    last_changed_at     TIMESTAMPTZ  NOT NULL,
    last_sequence       BIGINT       NOT NULL
);
CREATE INDEX product_stats_category_idx ON product_stats (current_category_id, status);
CREATE INDEX product_stats_brand_idx ON product_stats (current_brand_id, status);
-- index-only scans for the catalog-wide counts of published products (tree counts, brand ranking)
CREATE INDEX product_stats_published_category_idx ON product_stats (current_category_id) WHERE status = 'PUBLISHED';
CREATE INDEX product_stats_published_brand_idx ON product_stats (current_brand_id, last_changed_at) WHERE status = 'PUBLISHED';

-- Every price a product had, per currency, from the event that set it; amount NULL: the currency was removed.
CREATE TABLE product_price_change (
    product_id UUID        NOT NULL,
    sequence   BIGINT      NOT NULL,
    currency   CHAR(3)     NOT NULL,
    amount     BIGINT,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (product_id, sequence, currency)
);

-- Every status a product entered, from the event that set it (the creation enters DRAFT).
CREATE TABLE product_status_change (
    product_id UUID        NOT NULL,
    sequence   BIGINT      NOT NULL,
    status     VARCHAR(32) NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (product_id, sequence)
);
