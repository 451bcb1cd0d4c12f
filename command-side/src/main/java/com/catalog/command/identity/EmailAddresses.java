package com.catalog.command.identity;

import java.util.Locale;

/** Emails are unique whatever their letter case: this is the form the lookup table and sign-in compare. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
