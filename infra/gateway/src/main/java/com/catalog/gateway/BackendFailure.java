package com.catalog.gateway;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * What a failed call to a backend means for the client: no connection at all is 503 (the backend is down or not
 * started: try again later), no answer in time is 504, anything else that broke the exchange (connection reset,
 * malformed response) is 502.
 */
enum BackendFailure {

    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "The service behind the gateway is not reachable; try again shortly."),
    TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "The service behind the gateway did not answer in time."),
    BAD_RESPONSE(HttpStatus.BAD_GATEWAY, "The service behind the gateway broke off the exchange.");

    private final HttpStatus status;
    private final String detail;

    BackendFailure(HttpStatus status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    HttpStatus status() {
        return status;
    }

    String detail() {
        return detail;
    }

    /** Classifies by the I/O failure in the cause chain; empty when the exception is not about reaching a backend. */
    static Optional<BackendFailure> of(Throwable exception) {
        boolean io = false;
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                    || cause instanceof NoRouteToHostException || cause instanceof UnknownHostException) {
                return Optional.of(UNAVAILABLE);
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return Optional.of(TIMEOUT);
            }
            io |= cause instanceof IOException;
        }
        return io ? Optional.of(BAD_RESPONSE) : Optional.empty();
    }
}
