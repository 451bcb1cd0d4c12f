package com.catalog.engines;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

/** Stands in for a Boot app in AppProcessTest: serves /actuator/health, or dies if asked to. */
public final class FakeApp {

    public static void main(String[] args) throws Exception {
        int port = 0;
        for (String arg : args) {
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            }
            if (arg.equals("--fail")) {
                System.out.println("APPLICATION FAILED TO START: no datasource");
                System.exit(1);
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("started on " + port);
    }
}
