package com.catalog.command.identity.notification;

import com.catalog.command.identity.UserAccount;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Issues a one-time token and sends it to the user through Kafka, off the request thread: the answer to
 * forgot-password takes the same time whether or not the email has an account. Logs name the message id and type
 * only. A failed send is logged and the user can ask again (resend-verification, forgot-password).
 */
@Component
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final int QUEUE_CAPACITY = 1000;

    private final OneTimeTokens tokens;
    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;
    private final ObjectProvider<DevNotificationLog> devLog;

    Notifications(OneTimeTokens tokens, KafkaTemplate<String, String> kafka, ObjectMapper json,
                  ObjectProvider<DevNotificationLog> devLog) {
        this.tokens = tokens;
        this.kafka = kafka;
        this.json = json;
        this.devLog = devLog;
    }

    private final ThreadPoolTaskExecutor sender = new ThreadPoolTaskExecutor();

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
            sender.execute(() -> find.get().ifPresent(account -> sendToken(account, purpose, ttl)));
        } catch (TaskRejectedException overloaded) {
            log.warn("Notification queue full: a {} message was dropped", purpose.messageType());
        }
    }

    private void sendToken(UserAccount account, TokenPurpose purpose, Duration ttl) {
        OneTimeTokens.IssuedToken token = tokens.issue(account.userId(), purpose, ttl);
        Notification message = new Notification(UUID.randomUUID().toString(), purpose.messageType(), account.userId(),
                account.email(), account.name(), token.value(), token.expiresAt(), Instant.now());
        try {
            kafka.send(Notification.TOPIC, account.userId(), json.writeValueAsString(message)).whenComplete((sent, failure) -> {
                if (failure != null) {
                    log.error("Notification {} ({}) not sent: {}", message.id(), message.type(), failure.getMessage());
                }
            });
        } catch (JsonProcessingException | RuntimeException e) {
            log.error("Notification {} ({}) not sent: {}", message.id(), message.type(), e.getMessage());
        }
        devLog.ifAvailable(dev -> dev.add(message));
    }
}
