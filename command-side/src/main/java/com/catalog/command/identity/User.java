package com.catalog.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.catalog.command.identity.admin.ApproveSellerCommand;
import com.catalog.command.identity.admin.ChangeUserRoleCommand;
import com.catalog.command.identity.admin.ReactivateUserCommand;
import com.catalog.command.identity.admin.SuspendUserCommand;
import com.catalog.command.identity.bootstrap.BootstrapAdminCommand;
import com.catalog.command.identity.erasure.ErasePersonalDataCommand;
import com.catalog.command.identity.me.ChangeProfileCommand;
import com.catalog.command.identity.password.ChangePasswordCommand;
import com.catalog.command.identity.register.AccountType;
import com.catalog.command.identity.register.RegisterUserCommand;
import com.catalog.command.identity.verification.VerifyEmailCommand;
import com.catalog.events.user.UserEmailVerifiedEvent;
import com.catalog.events.user.UserPasswordChangedEvent;
import com.catalog.events.user.UserPersonalDataErasedEvent;
import com.catalog.events.user.UserProfileChangedEvent;
import com.catalog.events.user.UserReactivatedEvent;
import com.catalog.events.user.UserRegisteredEvent;
import com.catalog.events.user.UserRole;
import com.catalog.events.user.UserRoleChangedEvent;
import com.catalog.events.user.UserSellerApprovedEvent;
import com.catalog.events.user.UserStatus;
import com.catalog.events.user.UserSuspendedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person who signs in: a buyer, a seller or an admin. Event-sourced like the catalog itself; the events are
 * private (never on Kafka). Registration can ask for BUYER or SELLER only; ADMIN comes from the bootstrap
 * configuration or from another admin.
 */
@Aggregate
class User {

    @AggregateIdentifier
    private String id;
    private UserRole role;
    private UserStatus status;
    /** Where a reactivation leads back to: a seller never approved stays pending. */
    private UserStatus statusBeforeSuspension;
    private boolean emailVerified;
    private boolean erased;

    /** For Axon, which rebuilds the aggregate from its events. */
    User() {
    }

    @CommandHandler
    User(RegisterUserCommand command, EmailReservations emails, PersonalData personalData) {
        String name = UserRules.requireValidName(command.name());
        String email = UserRules.requireValidEmail(command.email());
        claim(emails, email, command.userId());
        boolean seller = command.accountType() == AccountType.SELLER;
        String id = command.userId();
        apply(new UserRegisteredEvent(id, personalData.seal(id, email), personalData.seal(id, name),
                personalData.seal(id, command.passwordHash()),
                seller ? UserRole.SELLER : UserRole.BUYER, seller ? UserStatus.PENDING_APPROVAL : UserStatus.ACTIVE));
    }

    @CommandHandler
    User(BootstrapAdminCommand command, EmailReservations emails, PersonalData personalData) {
        String name = UserRules.requireValidName(command.name());
        String email = UserRules.requireValidEmail(command.email());
        claim(emails, email, command.userId());
        String id = command.userId();
        apply(new UserRegisteredEvent(id, personalData.seal(id, email), personalData.seal(id, name),
                personalData.seal(id, command.passwordHash()), UserRole.ADMIN, UserStatus.ACTIVE));
    }

    /** The name is sealed in the events, so the aggregate cannot compare it: every change is recorded. */
    @CommandHandler
    void handle(ChangeProfileCommand command, PersonalData personalData) {
        requireNotErased();
        String newName = UserRules.requireValidName(command.name());
        apply(new UserProfileChangedEvent(id, personalData.seal(id, newName)));
    }

    @CommandHandler
    void handle(ChangePasswordCommand command, PersonalData personalData) {
        requireNotErased();
        apply(new UserPasswordChangedEvent(id, personalData.seal(id, command.passwordHash())));
    }

    /** Idempotent: erasing twice changes nothing more. */
    @CommandHandler
    void handle(ErasePersonalDataCommand command) {
        if (!erased) {
            apply(new UserPersonalDataErasedEvent(id));
        }
    }

    /** Idempotent: a second verification (another valid token) changes nothing. */
    @CommandHandler
    void handle(VerifyEmailCommand command) {
        requireNotErased();
        if (!emailVerified) {
            apply(new UserEmailVerifiedEvent(id));
        }
    }

    @CommandHandler
    void handle(ApproveSellerCommand command) {
        if (status != UserStatus.PENDING_APPROVAL) {
            throw UserStatusConflictException.notPendingApproval(status);
        }
        apply(new UserSellerApprovedEvent(id));
    }

    @CommandHandler
    void handle(ChangeUserRoleCommand command) {
        requireNotSelf(command.actorId());
        if (command.role() != role) {
            apply(new UserRoleChangedEvent(id, role, command.role()));
        }
    }

    @CommandHandler
    void handle(SuspendUserCommand command) {
        requireNotSelf(command.actorId());
        if (status == UserStatus.SUSPENDED) {
            throw UserStatusConflictException.alreadySuspended();
        }
        apply(new UserSuspendedEvent(id));
    }

    @CommandHandler
    void handle(ReactivateUserCommand command) {
        if (status != UserStatus.SUSPENDED) {
            throw UserStatusConflictException.notSuspended(status);
        }
        apply(new UserReactivatedEvent(id, statusBeforeSuspension));
    }

    private static void claim(EmailReservations emails, String email, String userId) {
        if (!emails.reserve(EmailAddresses.normalised(email), userId)) {
            throw new EmailAlreadyTakenException();
        }
    }

    private void requireNotErased() {
        if (erased) {
            throw UserStatusConflictException.erased();
        }
    }

    private void requireNotSelf(String actorId) {
        if (id.equals(actorId)) {
            throw new OwnAccountException();
        }
    }

    @EventSourcingHandler
    void on(UserRegisteredEvent event) {
        id = event.userId();
        role = event.role();
        status = event.status();
    }

    @EventSourcingHandler
    void on(UserPersonalDataErasedEvent event) {
        erased = true;
    }

    @EventSourcingHandler
    void on(UserEmailVerifiedEvent event) {
        emailVerified = true;
    }

    @EventSourcingHandler
    void on(UserSellerApprovedEvent event) {
        status = UserStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(UserRoleChangedEvent event) {
        role = event.role();
    }

    @EventSourcingHandler
    void on(UserSuspendedEvent event) {
        statusBeforeSuspension = status;
        status = UserStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(UserReactivatedEvent event) {
        status = event.status();
        statusBeforeSuspension = null;
    }
}
