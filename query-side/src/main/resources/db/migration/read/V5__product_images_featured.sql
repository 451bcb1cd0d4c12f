-- Images (in display order, main first) and the featured flag, changed by their own events with the same
-- last_sequence guard as every other column of the row.
ALTER TABLE product
    -- [{"id": "...", "url": "https://...", "altText": "..."}]
    ADD COLUMN images   JSONB   NOT NULL DEFAULT '[]',
    ADD COLUMN featured BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX product_featured_idx ON product (featured) WHERE featured;
