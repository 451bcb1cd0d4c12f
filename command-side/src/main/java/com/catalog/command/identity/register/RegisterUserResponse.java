package com.catalog.command.identity.register;

import com.catalog.events.user.UserStatus;

/** @param status ACTIVE, or PENDING_APPROVAL for a seller account */
record RegisterUserResponse(String id, UserStatus status) {
}
