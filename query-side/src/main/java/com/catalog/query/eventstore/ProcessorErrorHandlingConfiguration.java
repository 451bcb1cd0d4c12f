package com.catalog.query.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's default listener error handler logs a failing event and moves on, so a projection whose engine is
 * briefly down would silently lose that event. Propagating the error fails the whole batch instead: the
 * token stays where it was, the segment is released and the pooled processor retries it with back-off.
 * <p>
 * Projections (every processing group but the {@code @DisallowReplay} publishers) also have a dead-letter queue
 * (package {@code deadletter}): there a failure that will not pass by retrying becomes a letter instead of stopping
 * the processor, while a transient one (an engine away) is still propagated here and retried. The Kafka publishers
 * keep this behaviour for every failure: they never skip an event.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorErrorHandlingConfiguration {

    @Bean
    ConfigurerModule propagateProjectionErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
