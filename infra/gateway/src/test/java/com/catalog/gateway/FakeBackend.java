package com.catalog.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A real HTTP server standing in for one app: answers every request with its own name and remembers the headers. */
final class FakeBackend implements AutoCloseable {

    private final String name;
    private final HttpServer server;
    private final Map<String, Map<String, String>> headersByPath = new ConcurrentHashMap<>();

    private FakeBackend(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    static FakeBackend start(String name) {
        return new FakeBackend(name);
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The headers of the last request to {@code path}, names lower-cased. */
    Map<String, String> headersOf(String path) {
        return headersByPath.getOrDefault(path, Map.of());
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(), values.get(0)));
        headersByPath.put(exchange.getRequestURI().getPath(), headers);
        exchange.getRequestBody().readAllBytes();
        byte[] body = ("{\"backend\":\"" + name + "\",\"method\":\"" + exchange.getRequestMethod() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
