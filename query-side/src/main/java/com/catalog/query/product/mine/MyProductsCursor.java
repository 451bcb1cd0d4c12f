package com.catalog.query.product.mine;

import com.catalog.query.browse.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of a seller's products ended: the creation time and id of its last product (the sort key), opaque to
 * clients as base64url. Keyset paging: products created or changed meanwhile shift nothing.
 */
record MyProductsCursor(Instant createdAt, UUID id) {

    private static final String SEPARATOR = "|";

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
    }

    static MyProductsCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int split = text.indexOf(SEPARATOR);
            return new MyProductsCursor(Instant.parse(text.substring(0, split)), UUID.fromString(text.substring(split + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new InvalidParameterException("invalid-cursor", "Invalid cursor",
                    "cursor must be the nextCursor of an earlier page");
        }
    }
}
