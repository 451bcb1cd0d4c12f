package com.catalog.command.product.references;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference lookup must be written in the command's transaction, hence a subscribing processor. */
@Configuration(proxyBeanMethods = false)
class ProductReferenceLookupConfiguration {

    @Bean
    ConfigurerModule productReferenceLookupProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(ProductReferenceLookup.GROUP);
    }
}
