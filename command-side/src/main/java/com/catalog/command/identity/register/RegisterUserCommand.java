package com.catalog.command.identity.register;

/**
 * Register a new account. Carries the password's hash only: the aggregate and the event store never see the
 * password.
 */
public record RegisterUserCommand(String userId, String email, String name, String passwordHash, AccountType accountType) {
}
