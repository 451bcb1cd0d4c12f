package com.catalog.command.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.identity.IdentityApiTest;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** Email verification and password reset, with the messages read where the notification service reads them. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationApiTest extends IdentityApiTest {

    private static final String NEW_PASSWORD = "a brand new long password";

    @Test
    void registration_sends_a_verification_token_to_kafka_which_verifies_the_email_once(CapturedOutput output) {
        String email = freshEmail();
        String id = registerBuyer(email);

        JsonNode message = awaitOnKafka(id, "email-verification");
        assertThat(message.path("to").asText()).isEqualTo(email);
        String token = message.path("token").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);

        assertThat(post("/api/v1/auth/verify-email", "{\"token\": \"" + token + "\"}", null).statusCode()).isEqualTo(204);
        String access = signIn(email, PASSWORD).path("access_token").asText();
        assertThat(bodyOf(get("/api/v1/auth/me", access)).path("emailVerified").asBoolean()).isTrue();
        assertProblem(post("/api/v1/auth/verify-email", "{\"token\": \"" + token + "\"}", null), 400, "invalid-token");
        assertProblem(post("/api/v1/auth/resend-verification", "", access), 409, "email-already-verified");
        assertThat(output.getAll()).as("tokens never appear in logs").doesNotContain(token);
    }

    @Test
    void resend_verification_replaces_the_earlier_token_and_needs_a_token() {
        String email = freshEmail();
        registerBuyer(email);
        String first = awaitDevMessage(email, "email-verification", null).path("token").asText();
        String access = signIn(email, PASSWORD).path("access_token").asText();

        assertThat(post("/api/v1/auth/resend-verification", "", access).statusCode()).isEqualTo(202);

        String second = awaitDevMessage(email, "email-verification", first).path("token").asText();
        assertProblem(post("/api/v1/auth/verify-email", "{\"token\": \"" + first + "\"}", null), 400, "invalid-token");
        assertThat(post("/api/v1/auth/verify-email", "{\"token\": \"" + second + "\"}", null).statusCode()).isEqualTo(204);
        assertProblem(post("/api/v1/auth/resend-verification", "", null), 401, "unauthenticated");
    }

    @Test
    void a_password_reset_sets_a_new_password_once_and_ends_every_session() {
        String email = freshEmail();
        registerBuyer(email);
        JsonNode session = signIn(email, PASSWORD);

        HttpResponse<String> forgot = post("/api/v1/auth/forgot-password", "{\"email\": \"" + email.toUpperCase() + "\"}", null);

        assertThat(forgot.statusCode()).isEqualTo(202);
        String token = awaitDevMessage(email, "password-reset", null).path("token").asText();
        assertProblem(post("/api/v1/auth/reset-password", """
                {"token": "%s", "newPassword": "short"}""".formatted(token), null), 422, "weak-password");
        assertThat(post("/api/v1/auth/reset-password", """
                {"token": "%s", "newPassword": "%s"}""".formatted(token, NEW_PASSWORD), null).statusCode()).isEqualTo(204);
        assertProblem(get("/api/v1/auth/me", session.path("access_token").asText()), 401, "unauthenticated");
        assertProblem(login(email, PASSWORD), 401, "invalid-credentials");
        assertThat(login(email, NEW_PASSWORD).statusCode()).isEqualTo(200);
        assertProblem(post("/api/v1/auth/reset-password", """
                {"token": "%s", "newPassword": "%s"}""".formatted(token, "yet another long password"), null), 400, "invalid-token");
    }

    @Test
    void a_verification_token_does_not_reset_a_password_and_a_made_up_one_does_nothing() {
        String email = freshEmail();
        registerBuyer(email);
        String verification = awaitDevMessage(email, "email-verification", null).path("token").asText();

        assertProblem(post("/api/v1/auth/reset-password", """
                {"token": "%s", "newPassword": "%s"}""".formatted(verification, NEW_PASSWORD), null), 400, "invalid-token");
        assertProblem(post("/api/v1/auth/verify-email", "{\"token\": \"made-up\"}", null), 400, "invalid-token");
        assertProblem(post("/api/v1/auth/verify-email", "{}", null), 400, "invalid-request");
    }

    @Test
    void forgot_password_answers_the_same_for_known_and_unknown_emails_and_sends_only_to_known_ones() {
        String known = freshEmail();
        registerBuyer(known);
        String unknown = freshEmail();

        HttpResponse<String> forKnown = post("/api/v1/auth/forgot-password", "{\"email\": \"" + known + "\"}", null);
        HttpResponse<String> forUnknown = post("/api/v1/auth/forgot-password", "{\"email\": \"" + unknown + "\"}", null);

        assertThat(forKnown.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(202);
        assertThat(forKnown.body()).isEqualTo(forUnknown.body());
        awaitDevMessage(known, "password-reset", null);
        assertThat(devMessages(unknown)).isEmpty();

        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            knownTimes.add(timeOf(() -> post("/api/v1/auth/forgot-password", "{\"email\": \"" + known + "\"}", null)));
            unknownTimes.add(timeOf(() -> post("/api/v1/auth/forgot-password", "{\"email\": \"" + freshEmail() + "\"}", null)));
        }
        long knownMedian = median(knownTimes);
        long unknownMedian = median(unknownTimes);
        System.out.printf("forgot-password medians: known %d µs, unknown %d µs%n", knownMedian, unknownMedian);
        assertThat((double) Math.max(knownMedian, unknownMedian) / Math.max(1, Math.min(knownMedian, unknownMedian)))
                .as("medians known=%d µs unknown=%d µs", knownMedian, unknownMedian).isLessThan(3.0);
    }

    @Test
    void the_dev_endpoint_shows_the_messages_sent_to_a_recipient() {
        String email = freshEmail();
        registerBuyer(email);

        assertThat(awaitDevMessage(email, "email-verification", null).path("to").asText()).isEqualTo(email);
    }

    private List<JsonNode> devMessages(String email) {
        List<JsonNode> messages = new ArrayList<>();
        bodyOf(get("/api/v1/dev/notifications?to=" + email, null)).forEach(messages::add);
        return messages;
    }

    /** The newest message of that type to the email whose token differs from {@code notToken}. */
    private JsonNode awaitDevMessage(String email, String type, String notToken) {
        for (Instant deadline = Instant.now().plusSeconds(15); Instant.now().isBefore(deadline); sleep()) {
            Optional<JsonNode> found = devMessages(email).stream()
                    .filter(m -> m.path("type").asText().equals(type) && !m.path("token").asText().equals(notToken))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("no " + type + " message to " + email);
    }

    private static JsonNode awaitOnKafka(String userId, String type) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEngines.kafkaBootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.GROUP_ID_CONFIG, "notification-test-" + userId);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Notification.TOPIC));
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            for (Instant deadline = Instant.now().plusSeconds(30); Instant.now().isBefore(deadline); ) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode message = json.readTree(record.value());
                    if (userId.equals(record.key()) && type.equals(message.path("type").asText())) {
                        return message;
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no " + type + " message for " + userId + " on " + Notification.TOPIC);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long timeOf(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1000;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
