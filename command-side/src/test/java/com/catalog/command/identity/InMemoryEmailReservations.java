package com.catalog.command.identity;

import java.util.HashMap;
import java.util.Map;

/** The email lookup table's rule (one user per lower-cased email) for aggregate tests, which have no database. */
class InMemoryEmailReservations implements EmailReservations {

    private final Map<String, String> owners = new HashMap<>();

    @Override
    public boolean reserve(String normalisedEmail, String userId) {
        return owners.putIfAbsent(normalisedEmail, userId) == null;
    }

    String ownerOf(String normalisedEmail) {
        return owners.get(normalisedEmail);
    }
}
