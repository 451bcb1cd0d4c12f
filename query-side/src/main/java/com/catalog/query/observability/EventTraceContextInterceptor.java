package com.catalog.query.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Continues the trace of the request that caused an event: the handler runs in a span whose parent is the
 * {@code traceparent} the command side stamped onto the event's metadata (a new trace for events without one, e.g.
 * from before tracing). While it runs, the MDC holds its {@code traceId}/{@code spanId}, and whatever the handler
 * does that is observed (a Kafka send) becomes a child span that carries the trace on.
 */
public class EventTraceContextInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    static final String OBSERVATION = "catalog.event.handling";

    private final ObservationRegistry registry;
    private final String processor;

    public EventTraceContextInterceptor(ObservationRegistry registry, String processor) {
        this.registry = registry;
        this.processor = processor;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        ReceiverContext<MetaData> context = new ReceiverContext<>(EventTraceContextInterceptor::metadataValue);
        context.setCarrier(event.getMetaData());
        context.setRemoteServiceName("catalog-command-side");
        String eventType = event.getPayloadType().getSimpleName();
        return Observation.createNotStarted(OBSERVATION, () -> context, registry)
                .contextualName(processor + " " + eventType)
                .lowCardinalityKeyValue("processor", processor)
                .lowCardinalityKeyValue("event", eventType)
                .observeChecked(chain::proceed);
    }

    private static String metadataValue(MetaData metadata, String key) {
        return metadata.get(key) instanceof String value ? value : null;
    }
}
