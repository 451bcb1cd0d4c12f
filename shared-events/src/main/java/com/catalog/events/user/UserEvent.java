package com.catalog.events.user;

/**
 * Every event of the User aggregate. Private to the catalog: never published to Kafka. Personal data in them
 * (email, name, password hash) is sealed with the user's own key ({@code pii:v1:...}), so erasing the key makes it
 * unreadable in every copy of the events while the events stay replayable.
 */
public sealed interface UserEvent permits UserRegisteredEvent, UserProfileChangedEvent, UserPasswordChangedEvent,
        UserSellerApprovedEvent, UserRoleChangedEvent, UserSuspendedEvent, UserReactivatedEvent, UserEmailVerifiedEvent, UserPersonalDataErasedEvent {

    String userId();
}
