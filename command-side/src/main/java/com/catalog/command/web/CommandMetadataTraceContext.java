package com.catalog.command.web;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The current span's context as W3C headers ({@code traceparent}, {@code tracestate} when present), written by the
 * same propagator that reads them from HTTP requests. Empty when nothing is being traced (a command sent outside a
 * request) or tracing is off ({@code management.tracing.enabled=false}, the default in Spring Boot tests).
 */
@Component
class CommandMetadataTraceContext {

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    CommandMetadataTraceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    Map<String, String> current() {
        Map<String, String> headers = new HashMap<>();
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        TraceContext context = currentTracer == null ? null : currentTracer.currentTraceContext().context();
        if (context != null && currentPropagator != null) {
            currentPropagator.inject(context, headers, Map::put);
        }
        return headers;
    }
}
