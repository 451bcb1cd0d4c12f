-- Categories and brands count active products in product_reference_lookup (V2), which the product side keeps in
-- the transaction of each product event; product_placement (V10) was a twin of it that nothing filled.
DROP TABLE IF EXISTS event_store.product_placement;
