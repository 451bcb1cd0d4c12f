package com.catalog.events.user;

/**
 * Every event of the User aggregate. Private to the catalog: never published to Kafka, since they carry personal
 * data (email, name) and credentials (password hashes).
 */
public sealed interface UserEvent permits UserRegisteredEvent, UserProfileChangedEvent, UserPasswordChangedEvent,
        UserSellerApprovedEvent, UserRoleChangedEvent, UserSuspendedEvent, UserReactivatedEvent, UserEmailVerifiedEvent {

    String userId();
}
