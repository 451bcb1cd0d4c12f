-- Issue 5: a staged price change waits here until the publish that makes it what buyers see; only then does it enter
-- product_price_change (the price history is the prices buyers saw, dated when they became current). NULL: nothing
-- staged. Rows written before this version counted staged changes at storage time: replay product-stats to redo
-- their history (POST /api/v1/admin/projections/product-stats/replay, docs/operations.md).
ALTER TABLE product_stats ADD COLUMN staged_prices JSONB;
