-- Set-based validation of product slugs: one row per slug ever held, written in the transaction of the event that
-- claims it. A product keeps its old slugs (old URLs can lead to it), so rows are never deleted.
CREATE TABLE event_store.product_slug_lookup (
    slug       VARCHAR(120) PRIMARY KEY CHECK (slug = lower(slug)),
    product_id VARCHAR(36)  NOT NULL
);

CREATE INDEX product_slug_lookup_product_idx ON event_store.product_slug_lookup (product_id);

-- ProductCreatedEvent revision 1 had no slug; its upcaster gives such a product its id as slug. Claim those here,
-- so no new product can take one.
INSERT INTO event_store.product_slug_lookup (slug, product_id)
SELECT aggregate_identifier, aggregate_identifier
FROM event_store.domain_event_entry
WHERE payload_type = 'com.catalog.events.product.ProductCreatedEvent' AND payload_revision = '1'
ON CONFLICT (slug) DO NOTHING;

-- Which category and brand each product refers to (its latest, possibly staged, details) and whether it is
-- active (not discontinued). Maintained in the transaction of every product event, for rules of other aggregates
-- such as "a category with active products cannot be deleted". Products created before this table have no
-- category or brand and no row.
CREATE TABLE event_store.product_reference_lookup (
    product_id  VARCHAR(36) PRIMARY KEY,
    category_id VARCHAR(64),
    brand_id    VARCHAR(64),
    active      BOOLEAN     NOT NULL
);

CREATE INDEX product_reference_lookup_category_idx ON event_store.product_reference_lookup (category_id) WHERE active;
CREATE INDEX product_reference_lookup_brand_idx ON event_store.product_reference_lookup (brand_id) WHERE active;
