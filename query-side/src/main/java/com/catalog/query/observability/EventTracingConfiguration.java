package com.catalog.query.observability;

import io.micrometer.observation.ObservationRegistry;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link EventTraceContextInterceptor} on every event processor. */
@Configuration(proxyBeanMethods = false)
class EventTracingConfiguration {

    @Bean
    ConfigurerModule eventTraceContext(ObservationRegistry registry) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (config, processor) -> new EventTraceContextInterceptor(registry, processor));
    }
}
