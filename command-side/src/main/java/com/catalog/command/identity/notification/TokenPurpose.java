package com.catalog.command.identity.notification;

/** What a one-time token is good for; a token of one purpose is never accepted for another. */
public enum TokenPurpose {
    EMAIL_VERIFICATION("email-verification"),
    PASSWORD_RESET("password-reset");

    private final String messageType;

    TokenPurpose(String messageType) {
        this.messageType = messageType;
    }

    /** The {@code type} of the notification that carries it. */
    public String messageType() {
        return messageType;
    }
}
