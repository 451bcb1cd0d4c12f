package com.catalog.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a failed proxy call into an RFC 9457 problem (502/503/504, see {@link BackendFailure}) instead of Boot's
 * generic 500 page. The body names no backend, host or port: those are internal.
 */
@Component
class BackendFailureResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(BackendFailureResolver.class);
    private static final String TYPE_BASE = "https://catalog.dev/problems/";
    /** Seconds a client should wait before retrying when a backend is down: about what a restarting app needs. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper json;

    BackendFailureResolver(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        return BackendFailure.of(exception).map(failure -> write(request, response, failure, exception)).orElse(null);
    }

    private ModelAndView write(HttpServletRequest request, HttpServletResponse response, BackendFailure failure,
                               Exception exception) {
        log.warn("{} {} failed at the backend: {} ({})", request.getMethod(), request.getRequestURI(),
                failure.status(), exception.toString());
        if (response.isCommitted()) {
            return new ModelAndView(); // the backend's status line already went out: nothing left to tell the client
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(failure.status(), failure.detail());
        problem.setType(URI.create(TYPE_BASE + "backend-" + failure.name().toLowerCase().replace('_', '-')));
        problem.setInstance(URI.create(request.getRequestURI()));
        try {
            response.setStatus(failure.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            if (failure == BackendFailure.UNAVAILABLE) {
                response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            }
            json.writeValue(response.getOutputStream(), problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // after Boot's DefaultErrorAttributes, which only records the exception
    }
}
