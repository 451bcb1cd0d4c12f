package com.catalog.system;

import static com.catalog.system.CatalogClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.CatalogSystem;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace from the client's POST to the Kafka record: gateway → command side (HTTP) → event metadata (event store)
 * → query side's publisher (event handler) → the record's {@code traceparent} header; and every hop's spans reach
 * the OTLP collector.
 */
class TraceAcrossTheFlowSystemTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static CatalogSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningCatalog.get();
    }

    @Test
    void theClientsTraceIdReachesTheKafkaRecordOfTheCreatedProduct() throws Exception {
        String traceId = randomHex(32);
        String clientSpanId = randomHex(16);
        String sku = "TRACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(system.gatewayUrl() + "/api/v1/products"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + system.jwt().mint("seller-" + UUID.randomUUID(), Duration.ofMinutes(5), "SELLER"))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + clientSpanId + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(GatewaySystemTest.productCreateRequest("Traced lamp", sku)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asText();
        List<ConsumerRecord<String, byte[]>> records = ProductTopicReader.recordsWithKey(
                system.kafkaBootstrapServers(), ProductCreatedIntegrationEvent.TOPIC, id, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        // the trace id is the client's; the span id is the last hop's (the query side's producer span)
        assertThat(header(records.get(0), "traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .doesNotContain(clientSpanId);
        // spans are exported in batches every few seconds
        OtlpCollector collector = RunningCatalog.collector();
        List<String> services = List.of("catalog-gateway", "catalog-command-side", "catalog-query-side");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (collector.servicesWithSpansOf(traceId, services).size() < services.size() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(collector.servicesWithSpansOf(traceId, services)).as("services that exported spans of the trace")
                .containsExactlyInAnyOrderElementsOf(services);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String randomHex(int length) {
        StringBuilder hex = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (hex.length() < length) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }
}
