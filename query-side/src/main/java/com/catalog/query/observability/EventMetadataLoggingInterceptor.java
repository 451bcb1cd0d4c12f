package com.catalog.query.observability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

/**
 * While an event handler runs, the MDC holds the {@code correlationId} and {@code actorId} the command side stamped
 * onto the event's metadata, so projection log lines can be matched with the request that caused them. What was in
 * the MDC before is restored afterwards (processor threads are pooled).
 */
public class EventMetadataLoggingInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    static final List<String> KEYS = List.of("correlationId", "actorId");

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Map<String, String> previous = new HashMap<>();
        for (String key : KEYS) {
            previous.put(key, MDC.get(key));
            if (unitOfWork.getMessage().getMetaData().get(key) instanceof String value) {
                MDC.put(key, value);
            } else {
                MDC.remove(key);
            }
        }
        try {
            return chain.proceed();
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    MDC.remove(key);
                } else {
                    MDC.put(key, value);
                }
            });
        }
    }
}
