-- Issue 4: localized details with a staged and a current version, several prices, slug, category and brand.
-- name and description stay the current version's default-locale texts, price_* the primary price, so readers of
-- those columns keep working. Rows projected before this migration have NULLs here until a replay.
ALTER TABLE product
    ADD COLUMN slug              VARCHAR(120),
    ADD COLUMN category_id       VARCHAR(64),
    ADD COLUMN brand_id          VARCHAR(64),
    -- ProductDetailFields as JSON: what buyers see, and the latest edits (equal until a published product is edited)
    ADD COLUMN current_details   JSONB,
    ADD COLUMN staged_details    JSONB,
    -- [{"currency": "EUR", "amount": 1999}, ...], primary first
    ADD COLUMN prices            JSONB,
    ADD COLUMN compare_at_prices JSONB,
    -- {"currency": "EUR", "amount": 900} or NULL; served to the owner and admins only
    ADD COLUMN cost_price        JSONB;

CREATE INDEX product_slug_idx ON product (slug);
CREATE INDEX product_category_id_idx ON product (category_id);
CREATE INDEX product_brand_id_idx ON product (brand_id);
