package com.catalog.command.identity.me;

import com.catalog.command.identity.ReadOnlyFieldException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Body of {@code PUT /api/v1/auth/me}, read from a map so that a field the user may not change (role, status,
 * email, email verification...) is refused loudly instead of being silently ignored.
 */
record ProfileUpdate(String name) {

    private static final Set<String> CHANGEABLE = Set.of("name");

    static ProfileUpdate from(Map<String, Object> body) {
        Set<String> refused = new TreeSet<>(body.keySet());
        refused.removeAll(CHANGEABLE);
        if (!refused.isEmpty()) {
            throw new ReadOnlyFieldException(refused);
        }
        if (!(body.get("name") instanceof String name)) {
            throw new IllegalArgumentException("The field name (a string) is required.");
        }
        return new ProfileUpdate(name);
    }
}
