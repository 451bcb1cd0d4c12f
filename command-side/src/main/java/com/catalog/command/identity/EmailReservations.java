package com.catalog.command.identity;

/** Set-based validation for emails, which no single User aggregate can check on its own. */
public interface EmailReservations {

    /**
     * Claims the email (normalised) for the user inside the current transaction, so the claim commits or rolls
     * back with the user's event.
     *
     * @return false if another user holds it already
     */
    boolean reserve(String normalisedEmail, String userId);
}
