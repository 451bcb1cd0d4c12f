-- When this subscriber bootstrapped from the compacted topic catalog.product-state.v1 (a single row): it does so
-- once, on its first start; afterwards it follows catalog.product.v1.
CREATE TABLE state_bootstrap (
    id           SMALLINT PRIMARY KEY CHECK (id = 1),
    -- state records read (tombstones included) and the highest catalog_position among them
    records      BIGINT      NOT NULL,
    max_position BIGINT      NOT NULL,
    finished_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
