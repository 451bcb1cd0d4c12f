package com.catalog.command.identity;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** For aggregate tests: "seals" by tagging the value with its user, so expected events can be written down. */
class VisiblySealedPersonalData implements PersonalData {

    private final Set<String> destroyed = new HashSet<>();

    static String sealed(String userId, String plaintext) {
        return "sealed[" + userId + "]:" + plaintext;
    }

    @Override
    public String seal(String userId, String plaintext) {
        return sealed(userId, plaintext);
    }

    @Override
    public Optional<String> open(String userId, String sealed) {
        String prefix = sealed(userId, "");
        return destroyed.contains(userId) || !sealed.startsWith(prefix) ? Optional.empty() : Optional.of(sealed.substring(prefix.length()));
    }

    @Override
    public void destroyKeyOf(String userId) {
        destroyed.add(userId);
    }
}
