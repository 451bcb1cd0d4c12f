package com.catalog.gateway;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Hands the gateway's trace on to the app it calls: the proxied request carries the context of the gateway's server
 * span ({@code traceparent}, {@code tracestate}) instead of the client's headers, so the app's spans are children of
 * the gateway's and a request that came without trace context still has one trace from the gateway on. The proxy's
 * HTTP client is not observed by Spring Cloud Gateway, which otherwise forwards the client's headers as they are.
 */
@Component
class TraceContextFilter implements HttpHeadersFilter.RequestHttpHeadersFilter, Ordered {

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    TraceContextFilter(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        TraceContext context = currentTracer == null ? null : currentTracer.currentTraceContext().context();
        if (context == null || currentPropagator == null) {
            return input; // tracing is off: the client's headers go through as sent
        }
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(input);
        currentPropagator.fields().forEach(headers::remove);
        currentPropagator.inject(context, headers, HttpHeaders::set);
        return headers;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
