-- A published product's variant changes are staged (variant-added/-removed with "staged": true): buyers cannot buy
-- those SKUs until staged-changes-published (or published) follows, and staged-changes-discarded drops them. Until
-- then they wait here; skus stays what buyers can buy.
ALTER TABLE stock_item
    ADD COLUMN staged_skus_added   TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN staged_skus_removed TEXT[] NOT NULL DEFAULT '{}';
