package com.catalog.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A backend that is down, silent or breaks the exchange is a 503, 504 or 502 problem for the client, never a 500,
 * and the gateway itself stays healthy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.http.client.read-timeout=500ms")
class GatewayBackendFailureTest {

    private static final MisbehavingBackend QUERY_SIDE = MisbehavingBackend.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        GatewayDatabase.register(registry);
        registry.add("catalog.gateway.command-side-uri", () -> "http://127.0.0.1:" + closedPort());
        registry.add("catalog.gateway.query-side-uri", QUERY_SIDE::uri);
    }

    @AfterAll
    static void stopBackend() throws Exception {
        QUERY_SIDE.close();
    }

    @Test
    void aBackendThatIsDownIsA503ProblemWithRetryAfter() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/products");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertProblem(response, 503, "/api/v1/products");
    }

    @Test
    void aBackendThatDoesNotAnswerInTimeIsA504Problem() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/products/slow");

        assertThat(response.statusCode()).isEqualTo(504);
        assertProblem(response, 504, "/api/v1/products/slow");
    }

    @Test
    void aBackendThatBreaksOffTheExchangeIsA502Problem() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/products/42");

        assertThat(response.statusCode()).isEqualTo(502);
        assertProblem(response, 502, "/api/v1/products/42");
    }

    @Test
    void theGatewaysOwnHealthDoesNotDependOnTheBackends() throws Exception {
        assertThat(send("GET", "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String instance) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("instance").asText()).isEqualTo(instance);
        assertThat(response.body()).doesNotContain("127.0.0.1", "Exception");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A port nothing listens on: bound once to get a free number, then released. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
