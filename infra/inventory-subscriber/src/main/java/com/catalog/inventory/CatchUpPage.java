package com.catalog.inventory;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** One page of {@code GET /api/v1/integration/events} as documented in docs/integration-events.md. */
record CatchUpPage(List<Item> items, long next, long head) {

    record Item(long position, String id, String type, String subject, long sequence, JsonNode data) {

        CatalogEvent toEvent() {
            return new CatalogEvent(id, type, subject, sequence, position, data);
        }
    }
}
