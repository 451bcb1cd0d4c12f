package com.catalog.query.audit.history;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The keyset cursor of audit pages: opaque to clients (base64url), the global position of the last entry served
 * inside. Opaque so the paging key can change without breaking clients that only pass it back.
 */
final class AuditCursor {

    private static final String PREFIX = "p:";

    private AuditCursor() {
    }

    static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the position to page below; null for no cursor */
    static Long decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            long position = decoded.startsWith(PREFIX) ? Long.parseLong(decoded.substring(PREFIX.length())) : 0;
            if (position <= 0) {
                throw AuditProblems.invalidCursor();
            }
            return position;
        } catch (IllegalArgumentException malformed) {
            throw AuditProblems.invalidCursor();
        }
    }
}
