package com.catalog.inventory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One public catalog event as the subscriber sees it, whether it came from Kafka (CloudEvents headers) or from the
 * catch-up API (item fields): same id, type, subject and sequence either way.
 *
 * @param id        CloudEvents {@code id}, stable across redeliveries
 * @param type      CloudEvents {@code type}
 * @param productId CloudEvents {@code subject} (the Kafka key)
 * @param sequence  the product's sequence number ({@code ce_sequence})
 * @param position  global event-store position, or {@code null} when the source does not carry it (Kafka)
 * @param data      the JSON body
 */
public record CatalogEvent(String id, String type, String productId, long sequence, Long position, JsonNode data) {
}
