package com.catalog.command.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * HTTP/1.1 from a loopback address of its own (127.a.b.c), so rate-limit tests get a client IP no other test
 * shares: the counters live in the test JVM's shared database. Java 17's HttpClient cannot choose its source
 * address, hence these few lines over a socket.
 */
final class LoopbackClient {

    private final int port;
    private final String sourceAddress;

    private LoopbackClient(int port, String sourceAddress) {
        this.port = port;
        this.sourceAddress = sourceAddress;
    }

    static LoopbackClient fromFreshAddress(int port) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new LoopbackClient(port, "127." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(2, 255));
    }

    Response post(String path, String json) {
        return send("POST", path, json);
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    private Response send(String method, String path, String json) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(sourceAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                    + (json == null ? "" : "Content-Type: application/json\r\n") + "Content-Length: " + body.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return Response.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    record Response(int status, Map<String, String> headers, String body) {

        /** Headers by lower-case name; a chunked body is kept as sent, which is enough for contains-checks. */
        static Response parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
        }
    }
}
