package com.catalog.engines;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real engines, real round trips: what the apps' tests will rely on. */
class LocalEnginesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    /** Elasticsearch takes the longest: boot it while the other tests run (per-engine locks). */
    @BeforeAll
    static void bootElasticsearchInTheBackground() {
        CompletableFuture.runAsync(TestEngines::elasticsearchUrl);
    }

    @Test
    void postgresGivesAFreshDatabase() throws Exception {
        PostgresDatabase db = TestEngines.postgres();

        assertThat(db.jdbcUrl()).contains("/catalog_test_");
        assertThat(TestEngines.postgres()).isSameAs(db);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE probe (id int PRIMARY KEY, name text)");
            s.execute("INSERT INTO probe VALUES (1, 'espresso cup')");
            try (ResultSet rs = s.executeQuery("SELECT current_database(), name FROM probe")) {
                assertThat(rs.next()).isTrue();
                assertThat(db.jdbcUrl()).endsWith("/" + rs.getString(1));
                assertThat(rs.getString(2)).isEqualTo("espresso cup");
            }
        }
    }

    @Test
    void kafkaBrokerDeliversARecord() throws Exception {
        String bootstrap = TestEngines.kafkaBootstrapServers();
        String topic = "probe-" + UUID.randomUUID();

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "sku-1", "created")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            ConsumerRecord<String, String> received = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    received = record;
                }
            }
            assertThat(received).isNotNull();
            assertThat(received.key()).isEqualTo("sku-1");
            assertThat(received.value()).isEqualTo("created");
        }
    }

    @Test
    void elasticsearchIndexesAndFindsADocument() throws Exception {
        String url = TestEngines.elasticsearchUrl();

        assertThat(send("PUT", url + "/products", "{\"mappings\":{\"properties\":{\"name\":{\"type\":\"text\"}}}}").statusCode()).isEqualTo(200);
        assertThat(send("PUT", url + "/products/_doc/p1", "{\"name\":\"Porcelain espresso cup\"}").statusCode()).isEqualTo(201);
        assertThat(send("POST", url + "/products/_refresh", "").statusCode()).isEqualTo(200);
        HttpResponse<String> search = send("POST", url + "/products/_search", "{\"query\":{\"match\":{\"name\":\"espresso\"}}}");

        assertThat(search.statusCode()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(search.body(), "$.hits.total.value")).isEqualTo(1);
        assertThat((String) JsonPath.read(search.body(), "$.hits.hits[0]._id")).isEqualTo("p1");
    }

    private HttpResponse<String> send(String method, String url, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
