-- Variants of a product, one row each, so a product with thousands of variants costs one small write per variant
-- event instead of rewriting one large document. last_sequence is the product's aggregate sequence of the newest
-- event applied to the row; a removed variant keeps its row (removed = true) so a redelivered older event cannot
-- bring it back.
CREATE TABLE product_variant (
    product_id    UUID         NOT NULL,
    variant_id    VARCHAR(36)  NOT NULL,
    sku           VARCHAR(64)  NOT NULL,
    -- {"size": "42", "colour": "red"}
    options       JSONB        NOT NULL,
    -- [{"currency": "EUR", "amount": 1999}]; empty: the product's prices apply
    prices        JSONB        NOT NULL,
    removed       BOOLEAN      NOT NULL DEFAULT FALSE,
    position      BIGINT       NOT NULL,
    last_sequence BIGINT       NOT NULL,
    PRIMARY KEY (product_id, variant_id)
);

CREATE INDEX product_variant_sku_idx ON product_variant (sku) WHERE NOT removed;
