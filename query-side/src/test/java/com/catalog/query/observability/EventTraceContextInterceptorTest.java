package com.catalog.query.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

/**
 * An event handler runs in a span of the trace whose context the command side put into the event's metadata, with
 * the trace in the MDC (so in the JSON log lines). Spring Boot's real tracing setup (OpenTelemetry bridge), no app.
 */
@AutoConfigureObservability(metrics = false)
@SpringBootTest(classes = EventTraceContextInterceptorTest.Tracing.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EventTraceContextInterceptorTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String COMMAND_SPAN_ID = "00f067aa0ba902b7";

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ObservationAutoConfiguration.class, MicrometerTracingAutoConfiguration.class,
            OpenTelemetryAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class})
    static class Tracing {
    }

    @Autowired
    ObservationRegistry registry;
    @Autowired
    Tracer tracer;

    @Test
    void the_handler_continues_the_trace_from_the_events_metadata_with_the_trace_in_the_mdc() throws Exception {
        Map<String, String> seen = handle(MetaData.with("traceparent", "00-" + TRACE_ID + "-" + COMMAND_SPAN_ID + "-01"));

        assertThat(seen).containsEntry("traceId", TRACE_ID).containsEntry("parentId", COMMAND_SPAN_ID)
                .containsEntry("mdcTraceId", TRACE_ID);
        assertThat(seen.get("mdcSpanId")).isEqualTo(seen.get("spanId")).isNotEqualTo(COMMAND_SPAN_ID);
        assertThat(MDC.get("traceId")).as("MDC restored after the handler").isNull();
    }

    @Test
    void an_event_without_trace_context_is_handled_in_a_trace_of_its_own() throws Exception {
        Map<String, String> seen = handle(MetaData.emptyInstance());

        assertThat(seen.get("traceId")).hasSize(32).isNotEqualTo(TRACE_ID);
        assertThat(seen.get("mdcTraceId")).isEqualTo(seen.get("traceId"));
    }

    private Map<String, String> handle(MetaData metadata) throws Exception {
        EventMessage<String> event = new GenericEventMessage<>("payload", metadata);
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        Map<String, String> seen = new HashMap<>();
        new DefaultInterceptorChain<>(unitOfWork, List.of(new EventTraceContextInterceptor(registry, "product-search")),
                message -> {
                    Span span = tracer.currentSpan();
                    seen.put("traceId", span.context().traceId());
                    seen.put("spanId", span.context().spanId());
                    seen.put("parentId", String.valueOf(span.context().parentId()));
                    seen.put("mdcTraceId", MDC.get("traceId"));
                    seen.put("mdcSpanId", MDC.get("spanId"));
                    return null;
                }).proceed();
        unitOfWork.commit();
        return seen;
    }
}
