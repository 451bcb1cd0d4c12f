package com.catalog.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Where an engine listens. */
public record HostPort(String host, int port) {

    public static HostPort local(int port) {
        return new HostPort("127.0.0.1", port);
    }

    /** A port the OS just handed out; tests use these so parallel JVMs never collide. */
    public static HostPort freeLocal() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return local(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }

    public boolean isListening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String httpUrl() {
        return "http://" + host + ":" + port;
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
