package com.catalog.command.identity.register;

/** What a registration may ask for. ADMIN is deliberately absent: only an admin grants it. */
public enum AccountType {
    BUYER,
    /** Requested at registration; the account signs in once an admin approved it. */
    SELLER
}
