package com.catalog.system;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A minimal OpenTelemetry collector for the system tests: accepts OTLP/HTTP trace exports ({@code POST /v1/traces},
 * protobuf) the way a real collector does and keeps the request bodies, so a test can check which services exported
 * spans of a trace. One export request carries one service's resource ({@code service.name}) and its spans, whose
 * {@code trace_id} is the 16 raw bytes of the trace id; finding both in one body needs no protobuf parser.
 */
final class OtlpCollector {

    private final HttpServer server;
    private final ConcurrentLinkedQueue<byte[]> exports = new ConcurrentLinkedQueue<>();

    private OtlpCollector(HttpServer server) {
        this.server = server;
    }

    static OtlpCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpCollector collector = new OtlpCollector(server);
            server.createContext("/v1/traces", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    collector.exports.add(body.readAllBytes());
                }
                // an empty ExportTraceServiceResponse: everything accepted
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test OTLP collector", e);
        }
    }

    /** What the apps set as {@code management.otlp.tracing.endpoint}. */
    String tracesEndpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    /** The services among {@code candidates} that exported at least one span of the trace. */
    Set<String> servicesWithSpansOf(String traceIdHex, List<String> candidates) {
        byte[] traceId = HexFormat.of().parseHex(traceIdHex);
        Set<String> services = new LinkedHashSet<>();
        for (byte[] export : exports) {
            if (indexOf(export, traceId) >= 0) {
                candidates.stream()
                        .filter(service -> indexOf(export, service.getBytes(StandardCharsets.UTF_8)) >= 0)
                        .forEach(services::add);
            }
        }
        return services;
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
