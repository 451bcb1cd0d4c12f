package com.catalog.command.identity.notification;

import com.catalog.command.identity.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues a one-time token and puts the message that carries it into the outbox, in one transaction; the
 * {@link NotificationRelay} publishes it to Kafka. Requests answered alike whether or not the email has an account
 * (forgot-password) do this off the request thread, so they also take the same time. Logs name the type only.
 */
@Component
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final int QUEUE_CAPACITY = 1000;

    private final OneTimeTokens tokens;
    private final NotificationOutbox outbox;
    private final TransactionTemplate transaction;
    private final ThreadPoolTaskExecutor sender = new ThreadPoolTaskExecutor();

    Notifications(OneTimeTokens tokens, NotificationOutbox outbox, TransactionTemplate transaction) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    @PostConstruct
    void startSender() {
        sender.setCorePoolSize(1);
        sender.setMaxPoolSize(2);
        sender.setQueueCapacity(QUEUE_CAPACITY);
        sender.setThreadNamePrefix("identity-notifications-");
        sender.setWaitForTasksToCompleteOnShutdown(true);
        sender.initialize();
    }

    @PreDestroy
    void stopSender() {
        sender.shutdown();
    }

    /** Later, on the sender thread: a token for the account {@code find} answers, if it answers one. */
    public void sendTokenLater(Supplier<Optional<UserAccount>> find, TokenPurpose purpose, Duration ttl) {
        try {
            sender.execute(() -> transaction.executeWithoutResult(status -> find.get().ifPresent(
                    account -> sendToken(account.userId(), account.email(), account.name(), purpose, ttl))));
        } catch (TaskRejectedException overloaded) {
            log.warn("Notification queue full: a {} message was dropped", purpose.messageType());
        }
    }

    /** Now, in the caller's transaction: the token is issued and its message is in the outbox, or neither. */
    public void sendToken(String userId, String email, String name, TokenPurpose purpose, Duration ttl) {
        OneTimeTokens.IssuedToken token = tokens.issue(userId, purpose, ttl);
        outbox.add(new Notification(UUID.randomUUID().toString(), purpose.messageType(), userId, email, name,
                token.value(), token.expiresAt(), Instant.now()));
    }
}
