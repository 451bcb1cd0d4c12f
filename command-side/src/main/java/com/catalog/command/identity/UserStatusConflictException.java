package com.catalog.command.identity;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;
import com.catalog.events.user.UserStatus;

/** The account's status does not allow this change (approve an active account, reactivate one not suspended...). */
public final class UserStatusConflictException extends DomainRuleViolation {

    private UserStatusConflictException(String code, String message) {
        super(code, ViolationKind.CONFLICT, message);
    }

    static UserStatusConflictException notPendingApproval(UserStatus status) {
        return new UserStatusConflictException("not-pending-approval", "The account is " + status + ", not waiting for approval.");
    }

    static UserStatusConflictException erased() {
        return new UserStatusConflictException("personal-data-erased", "The account's personal data was erased; it is closed.");
    }

    static UserStatusConflictException alreadySuspended() {
        return new UserStatusConflictException("already-suspended", "The account is already suspended.");
    }

    static UserStatusConflictException notSuspended(UserStatus status) {
        return new UserStatusConflictException("not-suspended", "The account is " + status + ", not suspended.");
    }
}
