package com.catalog.command.idempotency;

import java.util.Map;

/**
 * The answer kept for a key: what a retry gets again.
 *
 * @param status  the HTTP status
 * @param headers the headers a client acts on (Location, ETag, X-Catalog-Position, Content-Type)
 * @param body    the body as sent
 */
record StoredResponse(int status, Map<String, String> headers, byte[] body) {

    StoredResponse {
        headers = Map.copyOf(headers);
    }
}
