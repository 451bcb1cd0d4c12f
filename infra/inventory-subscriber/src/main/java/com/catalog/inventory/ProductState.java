package com.catalog.inventory;

import java.util.List;

/**
 * One record of the compacted state topic as the subscriber keeps it: the product's SKUs and status after its event
 * {@code sequence}, or a tombstone (discontinued).
 *
 * @param productId the record key
 * @param sequence  header {@code ce_sequence}: the product's last event this state reflects
 * @param position  header {@code catalog_position}: that event's global position
 * @param skus      the default SKU and the variants' SKUs; empty for a tombstone
 * @param status    DRAFT, PUBLISHED, UNPUBLISHED, or DISCONTINUED for a tombstone
 */
record ProductState(String productId, long sequence, long position, List<String> skus, String status) {

    static final String DISCONTINUED = "DISCONTINUED";
}
