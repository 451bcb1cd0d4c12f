package com.catalog.command.identity.notification;

import com.catalog.command.identity.IdentityProcessingConfiguration;
import com.catalog.command.identity.IdentityProperties;
import com.catalog.command.identity.PersonalData;
import com.catalog.events.user.UserRegisteredEvent;
import com.catalog.events.user.UserRole;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A registered account's verification email, in the transaction that appends the registration (the user-accounts
 * group is a subscribing processor): the account and its message are stored together or not at all. The bootstrap
 * admin comes from configuration and gets none.
 */
@Component
@ProcessingGroup(IdentityProcessingConfiguration.USER_ACCOUNTS)
class VerificationOnRegistration {

    private final Notifications notifications;
    private final PersonalData personalData;
    private final IdentityProperties properties;

    VerificationOnRegistration(Notifications notifications, PersonalData personalData, IdentityProperties properties) {
        this.notifications = notifications;
        this.personalData = personalData;
        this.properties = properties;
    }

    @EventHandler
    @DisallowReplay
    void on(UserRegisteredEvent event) {
        if (event.role() == UserRole.ADMIN) {
            return;
        }
        String userId = event.userId();
        personalData.open(userId, event.email()).ifPresent(email -> notifications.sendToken(userId, email,
                personalData.open(userId, event.name()).orElse(""), TokenPurpose.EMAIL_VERIFICATION,
                properties.emailVerificationTtl()));
    }
}
