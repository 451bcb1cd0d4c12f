package com.catalog.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway's routing table, against two real HTTP servers standing in for the apps; tracing on, as in production. */
@AutoConfigureObservability(metrics = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    private static final FakeBackend COMMAND_SIDE = FakeBackend.start("command-side");
    private static final FakeBackend QUERY_SIDE = FakeBackend.start("query-side");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        GatewayDatabase.register(registry);
        registry.add("catalog.gateway.command-side-uri", COMMAND_SIDE::uri);
        registry.add("catalog.gateway.query-side-uri", QUERY_SIDE::uri);
    }

    @AfterAll
    static void stopBackends() {
        COMMAND_SIDE.close();
        QUERY_SIDE.close();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "GET,    /api/v1/products/42,                   query-side",
            "GET,    /api/v1/products/search,               query-side",
            "HEAD,   /api/v1/products/42,                   query-side",
            "GET,    /api/v1/health/readiness,              query-side",
            "POST,   /api/v1/products,                      command-side",
            "PUT,    /api/v1/products/42,                   command-side",
            "PATCH,  /api/v1/products/42,                   command-side",
            "DELETE, /api/v1/products/42,                   command-side",
            "POST,   /api/v1/products/42/price,             command-side",
            "POST,   /api/v1/auth/login,                    command-side",
            "GET,    /api/v1/auth/sessions,                 command-side",
            "GET,    /.well-known/jwks.json,                command-side",
            "GET,    /api/v1/admin/users,                   command-side",
            "GET,    /api/v1/admin/users/7,                 command-side",
            "POST,   /api/v1/admin/users/7/roles,           command-side",
            "GET,    /api/v1/imports,                       command-side",
            "GET,    /api/v1/imports/7/failures,            command-side",
            "GET,    /api/v1/admin/projections,             query-side",
            "POST,   /api/v1/admin/projections/search/replay, query-side",
            "POST,   /api/v1/admin/dead-letters/audit/retry, query-side",
            "GET,    /api/v1/admin/audit/products/42,       query-side",
            "GET,    /api/v1/integration/events,            query-side",
            "POST,   /api/v1/integration/subscriptions,     query-side",
    })
    void routesByPathAndMethod(String method, String path, String backend) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway(path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(200);
        if (!method.equals("HEAD")) {
            assertThat(response.body()).contains("\"backend\":\"" + backend + "\"", "\"method\":\"" + method + "\"");
        } else {
            assertThat((backend.equals("query-side") ? QUERY_SIDE : COMMAND_SIDE).headersOf(path)).isNotEmpty();
        }
    }

    @Test
    void passesTraceCorrelationAndAuthorizationHeadersThroughAndNamesTheCaller() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/v1/products/headers"))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .header("X-Correlation-Id", "corr-123")
                .header("Authorization", "Bearer abc.def.ghi")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        var received = COMMAND_SIDE.headersOf("/api/v1/products/headers");
        // the client's trace, with the gateway's own span as the parent the app sees
        assertThat(received.get("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7");
        assertThat(received).containsEntry("x-correlation-id", "corr-123")
                .containsEntry("authorization", "Bearer abc.def.ghi");
        // a caller on the loopback is a trusted proxy by default: appended to X-Forwarded-For
        assertThat(received).containsEntry("x-forwarded-for", "127.0.0.1");
    }

    @Test
    void aRequestWithoutTraceContextReachesTheAppInTheGatewaysTrace() throws Exception {
        send(HttpRequest.newBuilder(gateway("/api/v1/products/untraced")).GET().build());

        assertThat(QUERY_SIDE.headersOf("/api/v1/products/untraced").get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void pathsOutsideTheApiAreNotProxied() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/internal/anything")).GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(QUERY_SIDE.headersOf("/internal/anything")).isEmpty();
    }

    private URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
