package com.catalog.command.identity.notification;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** DEV ONLY: the last messages this instance sent, so a developer can click the link without a mail server. */
@Component
@Profile("dev")
class DevNotificationLog {

    private static final int KEPT = 200;

    private final Deque<Notification> sent = new ArrayDeque<>();

    synchronized void add(Notification notification) {
        sent.addFirst(notification);
        while (sent.size() > KEPT) {
            sent.removeLast();
        }
    }

    synchronized List<Notification> to(String email) {
        return sent.stream().filter(n -> email == null || n.to().equalsIgnoreCase(email)).toList();
    }
}
