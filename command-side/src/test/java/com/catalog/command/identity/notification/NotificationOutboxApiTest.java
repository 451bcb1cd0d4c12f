package com.catalog.command.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.KafkaEngine;
import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification outbox against a Kafka broker of its own, stopped while users register and ask for a reset:
 * the messages wait in PostgreSQL, reach the topic once the broker is back, and their tokens never reach the logs.
 * A database of its own too, and no shared test base: the relays of the other test contexts cached in this JVM
 * (replicas, as far as the outbox can tell) would otherwise publish these messages to the shared broker.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationOutboxApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KafkaEngine kafka = TestEngines.newKafka();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void ownEngines(DynamicPropertyRegistry registry) {
        PostgresDatabase database = TestEngines.newDatabase();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestEngines.jwt()::publicKeyLocation);
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("catalog.identity.notifications.relay-interval", () -> "200ms");
        registry.add("catalog.identity.bcrypt-strength", () -> "4");
    }

    private String post(String path, String body) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @AfterAll
    static void stopKafka() {
        kafka.stop();
    }

    @Test
    void messages_stored_while_kafka_is_down_are_published_when_it_is_back_and_no_token_is_logged(CapturedOutput output)
            throws IOException {
        kafka.stop();
        String email = "outbox-" + UUID.randomUUID() + "@example.com";
        String userId = json.readTree(post("/api/v1/auth/register", """
                {"email": "%s", "password": "a long enough password", "name": "Ana", "accountType": "BUYER"}""".formatted(email)))
                .path("id").asText();
        post("/api/v1/auth/forgot-password", "{\"email\": \"" + email + "\"}");

        await("both messages in the outbox, tried and not sent", () -> jdbc.sql("""
                        SELECT count(*) FROM event_store.notification_outbox
                        WHERE user_id = ? AND sent_at IS NULL AND payload IS NOT NULL""")
                .param(userId).query(Long.class).single() == 2 && attempts(userId) > 0);
        kafka = kafka.restart();

        List<JsonNode> messages = messagesFor(userId, 2);
        assertThat(messages).extracting(m -> m.path("type").asText())
                .containsExactlyInAnyOrder("email-verification", "password-reset");
        await("both marked sent, their tokens gone from the table", () -> jdbc.sql("""
                        SELECT count(*) FROM event_store.notification_outbox
                        WHERE user_id = ? AND sent_at IS NOT NULL AND payload IS NULL""")
                .param(userId).query(Long.class).single() == 2);
        for (JsonNode message : messages) {
            assertThat(message.path("token").asText()).hasSizeGreaterThan(20);
            assertThat(output.getAll()).doesNotContain(message.path("token").asText());
        }
    }

    private long attempts(String userId) {
        return jdbc.sql("SELECT coalesce(max(attempts), 0) FROM event_store.notification_outbox WHERE user_id = ?")
                .param(userId).query(Long.class).single();
    }

    private List<JsonNode> messagesFor(String userId, int expected) throws IOException {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + userId);
        List<JsonNode> messages = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Notification.TOPIC));
            for (Instant deadline = Instant.now().plusSeconds(60); messages.size() < expected && Instant.now().isBefore(deadline); ) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (userId.equals(record.key())) {
                        messages.add(json.readTree(record.value()));
                    }
                }
            }
        }
        return messages;
    }

    private static void await(String what, BooleanSupplier condition) {
        for (Instant deadline = Instant.now().plusSeconds(60); Instant.now().isBefore(deadline); ) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not within 60 s: " + what);
    }
}
