package com.catalog.command.identity.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox to {@code catalog.notifications.v1}: each message is marked sent only after Kafka acknowledged
 * it (acks=all), so a Kafka outage or a crash means a later send, never a lost one; a crash between the
 * acknowledgement and the mark sends it twice (consumers deduplicate by id). The rows are locked while sent, so
 * several replicas share the work. Logs name the message id only.
 */
@Component
class NotificationRelay {

    private static final Logger log = LoggerFactory.getLogger(NotificationRelay.class);
    private static final int BATCH = 100;

    private final NotificationOutbox outbox;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final ObjectProvider<DevNotificationLog> devLog;
    private final Duration interval;
    private final Duration sendTimeout;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    NotificationRelay(NotificationOutbox outbox, KafkaTemplate<String, String> kafka, TransactionTemplate transaction,
                      ObjectMapper json, ObjectProvider<DevNotificationLog> devLog,
                      @Value("${catalog.identity.notifications.relay-interval:500ms}") Duration interval,
                      @Value("${catalog.identity.notifications.send-timeout:30s}") Duration sendTimeout) {
        this.outbox = outbox;
        this.kafka = kafka;
        this.transaction = transaction;
        this.json = json;
        this.devLog = devLog;
        this.interval = interval;
        this.sendTimeout = sendTimeout;
    }

    @PostConstruct
    void start() {
        scheduler.setThreadNamePrefix("notification-relay-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::relayQuietly, Instant.now().plus(interval), interval);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdown();
    }

    /** Sends what is unsent, oldest first, until a send fails; @return how many were sent */
    int relay() {
        Integer sent = transaction.execute(status -> {
            int count = 0;
            for (NotificationOutbox.Pending message : outbox.lockUnsent(BATCH)) {
                if (!send(message)) {
                    outbox.markFailed(message.id());
                    break;
                }
                outbox.markSent(message.id());
                devLog.ifAvailable(dev -> dev.add(read(message)));
                count++;
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private boolean send(NotificationOutbox.Pending message) {
        try {
            kafka.send(Notification.TOPIC, message.userId(), message.payload()).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException failure) {
            log.warn("Notification {} not sent yet, will retry: {}", message.id(), failure.getClass().getSimpleName());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Notification read(NotificationOutbox.Pending message) {
        try {
            return json.readValue(message.payload(), Notification.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox message " + message.id() + " is not a notification", e);
        }
    }

    private void relayQuietly() {
        try {
            relay();
        } catch (RuntimeException failure) {
            log.warn("Notification relay failed, will retry: {}", failure.getClass().getSimpleName());
        }
    }
}
