package com.catalog.command.identity;

/** Rules on a user's own fields. */
final class UserRules {

    static final int NAME_MAX_LENGTH = 200;
    static final int EMAIL_MAX_LENGTH = 254;

    private UserRules() {
    }

    static String requireValidName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidUserException("The name must not be blank.");
        }
        if (name.strip().length() > NAME_MAX_LENGTH) {
            throw new InvalidUserException("The name may have at most " + NAME_MAX_LENGTH + " characters.");
        }
        return name.strip();
    }

    static String requireValidEmail(String email) {
        if (email == null || email.isBlank() || email.strip().length() > EMAIL_MAX_LENGTH || !email.contains("@")) {
            throw new InvalidUserException("The email address is not valid.");
        }
        return email.strip();
    }
}
