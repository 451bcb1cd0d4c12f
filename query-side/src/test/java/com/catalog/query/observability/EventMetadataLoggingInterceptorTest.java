package com.catalog.query.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class EventMetadataLoggingInterceptorTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void the_handler_runs_with_the_events_correlation_and_actor_in_the_mdc_and_the_mdc_is_restored_afterwards()
            throws Exception {
        MDC.put("correlationId", "outer");
        EventMessage<String> event = new GenericEventMessage<>("payload",
                MetaData.from(Map.of("correlationId", "corr-1", "actorId", "seller-7", "clientIp", "127.0.0.1")));
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        Map<String, String> seen = new HashMap<>();

        new DefaultInterceptorChain<>(unitOfWork, java.util.List.of(new EventMetadataLoggingInterceptor()), message -> {
            seen.put("correlationId", MDC.get("correlationId"));
            seen.put("actorId", MDC.get("actorId"));
            seen.put("clientIp", String.valueOf(MDC.get("clientIp")));
            return null;
        }).proceed();
        unitOfWork.commit();

        assertThat(seen).containsEntry("correlationId", "corr-1").containsEntry("actorId", "seller-7")
                .containsEntry("clientIp", "null");
        assertThat(MDC.get("correlationId")).isEqualTo("outer");
        assertThat(MDC.get("actorId")).isNull();
    }

    @Test
    void an_event_without_metadata_leaves_no_stale_ids_from_the_thread() throws Exception {
        MDC.put("actorId", "stale");
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericEventMessage<>("x"));
        Map<String, String> seen = new HashMap<>();

        new DefaultInterceptorChain<>(unitOfWork, java.util.List.of(new EventMetadataLoggingInterceptor()), message -> {
            seen.put("actorId", String.valueOf(MDC.get("actorId")));
            return null;
        }).proceed();
        unitOfWork.commit();

        assertThat(seen).containsEntry("actorId", "null");
        assertThat(MDC.get("actorId")).isEqualTo("stale");
    }
}
