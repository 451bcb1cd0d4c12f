package com.catalog.command.identity;

import java.util.Optional;

/**
 * Seals personal data with the user's own key before it goes into an event, and opens it again. Once the key is
 * destroyed ({@link #destroyKeyOf}), nothing sealed for that user opens any more: crypto-shredding.
 */
public interface PersonalData {

    /** Encrypts for the user, creating their key on first use (in the current transaction). */
    String seal(String userId, String plaintext);

    /** @return empty if the user's key was destroyed */
    Optional<String> open(String userId, String sealed);

    void destroyKeyOf(String userId);
}
