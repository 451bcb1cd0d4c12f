package com.catalog.command.identity;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;
import com.catalog.events.user.UserStatus;

/** Right password, but the account may not sign in (yet). Only said after the password matched: no enumeration. */
public final class AccountNotActiveException extends DomainRuleViolation {

    private AccountNotActiveException(String code, String message) {
        super(code, ViolationKind.FORBIDDEN, message);
    }

    public static AccountNotActiveException of(UserStatus status) {
        return status == UserStatus.SUSPENDED
                ? new AccountNotActiveException("account-suspended", "The account is suspended.")
                : new AccountNotActiveException("account-pending-approval", "The seller account waits for an admin's approval.");
    }
}
