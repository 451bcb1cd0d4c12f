-- Issue 4, staged and current: once a product has been published, its price, variant and image changes go to its
-- staged version like its details do. The existing columns keep what buyers see (current); these hold the staged
-- version, equal to the current one until a published product is edited. Rows projected before this migration were
-- never staged, so their staged version is their current one.
ALTER TABLE product
    -- [{"currency": "EUR", "amount": 1999}, ...], primary first
    ADD COLUMN staged_prices            JSONB,
    ADD COLUMN staged_compare_at_prices JSONB,
    -- [{"id": "...", "url": "https://...", "altText": "..."}]
    ADD COLUMN staged_images            JSONB NOT NULL DEFAULT '[]';

UPDATE product SET staged_prices = prices, staged_compare_at_prices = compare_at_prices, staged_images = images;

-- A variant row holds both versions: options/prices/removed are current, staged_* the staged version. A variant
-- added in the staged version only is removed (not current) and not staged_removed until it is published.
ALTER TABLE product_variant
    ADD COLUMN staged_options JSONB,
    ADD COLUMN staged_prices  JSONB,
    ADD COLUMN staged_removed BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE product_variant SET staged_options = options, staged_prices = prices, staged_removed = removed;

ALTER TABLE product_variant
    ALTER COLUMN staged_options SET NOT NULL,
    ALTER COLUMN staged_prices SET NOT NULL;
