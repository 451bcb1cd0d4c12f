-- Issue 5: GET /api/v1/me/products pages a seller's products newest first (keyset on created_at, product_id).
CREATE INDEX product_seller_created_idx ON product (seller_id, created_at DESC, product_id DESC);
