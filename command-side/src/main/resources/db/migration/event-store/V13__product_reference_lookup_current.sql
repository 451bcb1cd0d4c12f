-- product_reference_lookup (V2) held a product's latest, possibly staged, category and brand only: a discard of a
-- staged move left the row on the dropped value, and the category the buyers still see was no longer counted. It
-- now holds both versions: category_id/brand_id the staged (latest) one, current_* what buyers see. A product uses a
-- category or brand when either version does. Products with a staged move pending today get their staged value as
-- current too (the table never knew the other); their next publish or discard sets both right.
ALTER TABLE event_store.product_reference_lookup
    ADD COLUMN current_category_id VARCHAR(64),
    ADD COLUMN current_brand_id    VARCHAR(64);

UPDATE event_store.product_reference_lookup SET current_category_id = category_id, current_brand_id = brand_id;

CREATE INDEX product_reference_lookup_current_category_idx
    ON event_store.product_reference_lookup (current_category_id) WHERE active;
CREATE INDEX product_reference_lookup_current_brand_idx
    ON event_store.product_reference_lookup (current_brand_id) WHERE active;
