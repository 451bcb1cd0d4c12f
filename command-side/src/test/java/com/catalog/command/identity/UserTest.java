package com.catalog.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final String ID = "2b0a3f6c-1d2e-4f50-8a9b-0c1d2e3f4a5b";
    private static final String ADMIN_ID = "admin-1";
    private static final String HASH = "$2a$10$hash";

    private AggregateTestFixture<User> fixture;
    private InMemoryEmailReservations emails;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        emails = new InMemoryEmailReservations();
        fixture.registerInjectableResource(emails);
        fixture.registerInjectableResource(new VisiblySealedPersonalData());
    }

    private static String sealed(String plaintext) {
        return VisiblySealedPersonalData.sealed(ID, plaintext);
    }

    private static UserRegisteredEvent registered(UserRole role, UserStatus status) {
        return new UserRegisteredEvent(ID, sealed("Ana@Example.com"), sealed("Ana"), sealed(HASH), role, status);
    }

    @Test
    void given_nothing_when_a_buyer_registers_then_the_account_is_active_with_role_buyer() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ID, " Ana@Example.com ", " Ana ", HASH, AccountType.BUYER))
                .expectEvents(registered(UserRole.BUYER, UserStatus.ACTIVE));
        assertThat(emails.ownerOf("ana@example.com")).isEqualTo(ID);
    }

    @Test
    void given_nothing_when_a_seller_registers_then_the_account_waits_for_approval() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ID, "Ana@Example.com", "Ana", HASH, AccountType.SELLER))
                .expectEvents(registered(UserRole.SELLER, UserStatus.PENDING_APPROVAL));
    }

    @Test
    void given_an_email_held_in_another_case_when_registering_then_email_taken() {
        emails.reserve("ana@example.com", "someone-else");

        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ID, "ANA@example.COM", "Ana", HASH, AccountType.BUYER))
                .expectException(EmailAlreadyTakenException.class)
                .expectNoEvents();
    }

    @Test
    void given_nothing_when_registering_with_a_blank_name_then_invalid_user() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ID, "ana@example.com", "  ", HASH, AccountType.BUYER))
                .expectException(InvalidUserException.class)
                .expectNoEvents();
    }

    @Test
    void given_nothing_when_the_bootstrap_admin_is_created_then_it_is_an_active_admin() {
        fixture.givenNoPriorActivity()
                .when(new BootstrapAdminCommand(ID, "Ana@Example.com", "Ana", HASH))
                .expectEvents(registered(UserRole.ADMIN, UserStatus.ACTIVE));
    }

    @Test
    void given_a_user_when_the_name_changes_then_profile_changed_with_the_name_sealed() {
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE))
                .when(new ChangeProfileCommand(ID, " Ana Maria "))
                .expectEvents(new UserProfileChangedEvent(ID, sealed("Ana Maria")));
    }

    @Test
    void given_a_user_when_the_password_changes_then_its_new_hash_is_recorded_sealed() {
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE))
                .when(new ChangePasswordCommand(ID, "$2a$10$new"))
                .expectEvents(new UserPasswordChangedEvent(ID, sealed("$2a$10$new")));
    }

    @Test
    void given_a_user_when_their_personal_data_is_erased_then_erased_once() {
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE))
                .when(new ErasePersonalDataCommand(ID))
                .expectEvents(new UserPersonalDataErasedEvent(ID));
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE), new UserPersonalDataErasedEvent(ID))
                .when(new ErasePersonalDataCommand(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void given_an_erased_user_when_the_profile_or_password_changes_then_personal_data_erased() {
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE), new UserPersonalDataErasedEvent(ID))
                .when(new ChangeProfileCommand(ID, "Ana"))
                .expectException(UserStatusConflictException.class)
                .expectNoEvents();
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE), new UserPersonalDataErasedEvent(ID))
                .when(new ChangePasswordCommand(ID, "$2a$10$new"))
                .expectException(UserStatusConflictException.class);
    }

    @Test
    void given_a_user_when_the_email_is_verified_then_verified_once() {
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE))
                .when(new VerifyEmailCommand(ID))
                .expectEvents(new UserEmailVerifiedEvent(ID));
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE), new UserEmailVerifiedEvent(ID))
                .when(new VerifyEmailCommand(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void given_a_pending_seller_when_approved_then_active() {
        fixture.given(registered(UserRole.SELLER, UserStatus.PENDING_APPROVAL))
                .when(new ApproveSellerCommand(ID))
                .expectEvents(new UserSellerApprovedEvent(ID));
    }

    @Test
    void given_an_active_user_when_approved_then_not_pending_approval() {
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE))
                .when(new ApproveSellerCommand(ID))
                .expectException(UserStatusConflictException.class)
                .expectNoEvents();
    }

    @Test
    void given_a_buyer_when_an_admin_makes_them_seller_then_role_changed() {
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE))
                .when(new ChangeUserRoleCommand(ID, UserRole.SELLER, ADMIN_ID))
                .expectEvents(new UserRoleChangedEvent(ID, UserRole.BUYER, UserRole.SELLER));
    }

    @Test
    void given_an_admin_when_changing_their_own_role_then_own_account() {
        fixture.given(registered(UserRole.ADMIN, UserStatus.ACTIVE))
                .when(new ChangeUserRoleCommand(ID, UserRole.BUYER, ID))
                .expectException(OwnAccountException.class)
                .expectNoEvents();
    }

    @Test
    void given_a_user_when_suspended_then_suspended_and_a_second_suspension_conflicts() {
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE))
                .when(new SuspendUserCommand(ID, ADMIN_ID))
                .expectEvents(new UserSuspendedEvent(ID));
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE), new UserSuspendedEvent(ID))
                .when(new SuspendUserCommand(ID, ADMIN_ID))
                .expectException(UserStatusConflictException.class);
    }

    @Test
    void given_an_admin_when_suspending_themselves_then_own_account() {
        fixture.given(registered(UserRole.ADMIN, UserStatus.ACTIVE))
                .when(new SuspendUserCommand(ID, ID))
                .expectException(OwnAccountException.class);
    }

    @Test
    void given_a_suspended_pending_seller_when_reactivated_then_still_pending() {
        fixture.given(registered(UserRole.SELLER, UserStatus.PENDING_APPROVAL), new UserSuspendedEvent(ID))
                .when(new ReactivateUserCommand(ID))
                .expectEvents(new UserReactivatedEvent(ID, UserStatus.PENDING_APPROVAL));
    }

    @Test
    void given_an_active_user_when_reactivated_then_not_suspended() {
        fixture.given(registered(UserRole.BUYER, UserStatus.ACTIVE))
                .when(new ReactivateUserCommand(ID))
                .expectException(UserStatusConflictException.class);
    }
}
