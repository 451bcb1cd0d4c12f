-- Category and brand read models, written by the category-read and brand-read processors.
-- last_sequence is the aggregate sequence of the newest event applied: updates only move it forward, so a
-- replayed or duplicated event never overwrites newer state. Deleted rows stay as tombstones (deleted = true) so
-- a late duplicate of an older event cannot bring them back.

-- path holds the ancestors' ids, root first (empty for a root); depth is 1 for a root. Both are materialised so
-- breadcrumbs and "everything below" need no recursion; a move rewrites them for the whole subtree.
CREATE TABLE category (
    category_id   UUID         PRIMARY KEY,
    parent_id     UUID,
    name          VARCHAR(120) NOT NULL,
    slug          VARCHAR(120) NOT NULL,
    description   TEXT,
    depth         INT          NOT NULL,
    path          UUID[]       NOT NULL,
    sort_order    INT          NOT NULL,
    featured      BOOLEAN      NOT NULL,
    active        BOOLEAN      NOT NULL,
    deleted       BOOLEAN      NOT NULL,
    last_sequence BIGINT       NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX category_parent_idx ON category (parent_id, sort_order, name) WHERE NOT deleted;
CREATE INDEX category_path_idx ON category USING GIN (path);
CREATE INDEX category_listing_idx ON category (depth, sort_order, name) WHERE active AND NOT deleted;
CREATE INDEX category_featured_idx ON category (sort_order, name) WHERE featured AND active AND NOT deleted;

CREATE TABLE brand (
    brand_id      UUID          PRIMARY KEY,
    name          VARCHAR(120)  NOT NULL,
    slug          VARCHAR(120)  NOT NULL,
    description   TEXT,
    logo_url      VARCHAR(2048),
    website_url   VARCHAR(2048),
    featured      BOOLEAN       NOT NULL,
    deleted       BOOLEAN       NOT NULL,
    last_sequence BIGINT        NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX brand_listing_idx ON brand (lower(name), brand_id) WHERE NOT deleted;
CREATE INDEX brand_featured_idx ON brand (lower(name)) WHERE featured AND NOT deleted;
