package com.catalog.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP server that accepts connections and then fails the HTTP exchange: {@code /slow} paths get no answer at all,
 * every other path has its connection closed without a byte.
 */
final class MisbehavingBackend implements AutoCloseable {

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool();

    private MisbehavingBackend() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connections.submit(this::acceptLoop);
    }

    static MisbehavingBackend start() {
        return new MisbehavingBackend();
    }

    String uri() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.submit(() -> misbehave(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void misbehave(Socket connection) {
        try (connection) {
            String requestLine = new String(connection.getInputStream().readNBytes(64));
            if (requestLine.contains("/slow")) {
                Thread.sleep(5_000);
            }
        } catch (IOException e) {
            // the gateway gave up first: that is the point
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        connections.shutdownNow();
    }
}
