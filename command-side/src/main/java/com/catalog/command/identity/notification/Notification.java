package com.catalog.command.identity.notification;

import java.time.Instant;

/**
 * A message for the notification service (topic {@code catalog.notifications.v1}, key = user id), which turns it
 * into an email. It carries the token because the email must; {@code toString} leaves the token out.
 *
 * @param type email-verification or password-reset
 */
public record Notification(String id, String type, String userId, String to, String name, String token,
                           Instant expiresAt, Instant occurredAt) {

    public static final String TOPIC = "catalog.notifications.v1";

    @Override
    public String toString() {
        return "Notification[id=" + id + ", type=" + type + ", userId=" + userId + "]";
    }
}
