package com.catalog.events.user;

/** Whether a user may sign in. */
public enum UserStatus {
    /** A seller account requested at registration, waiting for an admin's approval. */
    PENDING_APPROVAL,
    ACTIVE,
    /** Stopped by an admin; every session was revoked. */
    SUSPENDED
}
