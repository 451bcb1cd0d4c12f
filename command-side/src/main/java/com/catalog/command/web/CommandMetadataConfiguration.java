package com.catalog.command.web;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Copies the command's metadata onto the events it causes. Replaces Axon's default {@code MessageOriginProvider},
 * which would overwrite {@code correlationId} with the command message's own id and lose the request's.
 */
@Configuration(proxyBeanMethods = false)
class CommandMetadataConfiguration {

    @Bean
    CorrelationDataProvider commandMetadataProvider() {
        return new SimpleCorrelationDataProvider(CommandMetadata.ACTOR_ID, CommandMetadata.ACTOR_ROLE,
                CommandMetadata.CORRELATION_ID, CommandMetadata.CLIENT_IP, CommandMetadata.TRACE_PARENT,
                CommandMetadata.TRACE_STATE);
    }
}
