-- Set-based views for categories and brands, written in the same transaction as the event they belong to.

-- The category tree: parent links (cycles and depth are checked against it) and unique slugs.
-- The self-reference keeps a parent from disappearing under its children.
CREATE TABLE event_store.category_tree (
    category_id VARCHAR(36)  PRIMARY KEY,
    parent_id   VARCHAR(36)  REFERENCES event_store.category_tree (category_id),
    slug        VARCHAR(120) NOT NULL CHECK (slug = lower(slug)),
    CONSTRAINT category_tree_slug_uk UNIQUE (slug)
);
CREATE INDEX category_tree_parent_idx ON event_store.category_tree (parent_id);

-- Brands: name unique whatever its letter case (name_key is the lower-cased name), slug unique.
CREATE TABLE event_store.brand_lookup (
    brand_id VARCHAR(36)  PRIMARY KEY,
    name_key VARCHAR(120) NOT NULL CHECK (name_key = lower(name_key)),
    slug     VARCHAR(120) NOT NULL CHECK (slug = lower(slug)),
    CONSTRAINT brand_lookup_name_key_uk UNIQUE (name_key),
    CONSTRAINT brand_lookup_slug_uk UNIQUE (slug)
);

-- Where each product sits, for the rules "no deleting a category or brand that active products still use".
-- The product side keeps it up to date in its own command transactions; until it does, it stays empty.
CREATE TABLE event_store.product_placement (
    product_id  VARCHAR(36) PRIMARY KEY,
    category_id VARCHAR(36),
    brand_id    VARCHAR(36),
    active      BOOLEAN     NOT NULL
);
CREATE INDEX product_placement_category_idx ON event_store.product_placement (category_id) WHERE active;
CREATE INDEX product_placement_brand_idx ON event_store.product_placement (brand_id) WHERE active;
