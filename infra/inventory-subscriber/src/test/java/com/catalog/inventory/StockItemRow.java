package com.catalog.inventory;

import java.util.List;

/** What the test expects of one {@code inventory.stock_item} row. */
record StockItemRow(List<String> skus, String status, boolean sellable, long lastSequence) {
}
