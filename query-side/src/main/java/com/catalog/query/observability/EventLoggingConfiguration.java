package com.catalog.query.observability;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link EventMetadataLoggingInterceptor} on every event processor. */
@Configuration(proxyBeanMethods = false)
class EventLoggingConfiguration {

    @Bean
    ConfigurerModule eventMetadataInLogs() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((config, processorName) -> new EventMetadataLoggingInterceptor());
    }
}
