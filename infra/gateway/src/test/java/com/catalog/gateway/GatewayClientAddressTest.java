package com.catalog.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The apps learn the client's address from X-Forwarded-For, and only a trusted proxy may put one in: here only
 * 127.0.0.1 is trusted, and 127.0.0.2 plays a client on the internet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.gateway.server.webmvc.trusted-proxies=127\\.0\\.0\\.1")
class GatewayClientAddressTest {

    private static final FakeBackend QUERY_SIDE = FakeBackend.start("query-side");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        GatewayDatabase.register(registry);
        registry.add("catalog.gateway.command-side-uri", QUERY_SIDE::uri);
        registry.add("catalog.gateway.query-side-uri", QUERY_SIDE::uri);
    }

    @AfterAll
    static void stopBackend() {
        QUERY_SIDE.close();
    }

    @Test
    void aTrustedProxyIsAppendedToTheChainItSent() throws IOException {
        assertThat(getFrom("127.0.0.1", "/api/v1/products/via-proxy")).startsWith("HTTP/1.1 200");

        assertThat(QUERY_SIDE.headersOf("/api/v1/products/via-proxy"))
                .containsEntry("x-forwarded-for", "203.0.113.9, 127.0.0.1");
    }

    @Test
    void anUntrustedCallerIsTheClientWhateverItClaims() throws IOException {
        assertThat(getFrom("127.0.0.2", "/api/v1/products/direct")).startsWith("HTTP/1.1 200");

        assertThat(QUERY_SIDE.headersOf("/api/v1/products/direct"))
                .containsEntry("x-forwarded-for", "127.0.0.2")
                .doesNotContainKeys("forwarded", "x-forwarded-host");
    }

    /** A raw HTTP/1.1 GET from a chosen local address (the JDK's HttpClient cannot bind one). */
    private String getFrom(String localAddress, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 203.0.113.9\r\n"
                    + "Forwarded: for=198.51.100.1\r\nX-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
