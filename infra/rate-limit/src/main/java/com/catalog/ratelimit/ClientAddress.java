package com.catalog.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who the client of a request is, for its per-IP bucket. The apps take the servlet's remote address (Tomcat has
 * already replaced it with the client's from a trusted proxy's {@code X-Forwarded-For}); the gateway has its own.
 */
@FunctionalInterface
public interface ClientAddress {

    String of(HttpServletRequest request);
}
