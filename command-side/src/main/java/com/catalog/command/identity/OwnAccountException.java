package com.catalog.command.identity;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** An admin may not suspend or demote their own account: the last admin could lock everyone out. */
public final class OwnAccountException extends DomainRuleViolation {

    OwnAccountException() {
        super("own-account", ViolationKind.FORBIDDEN, "Admins cannot suspend or change the role of their own account.");
    }
}
