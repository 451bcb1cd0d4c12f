package com.catalog.command.product;

import com.catalog.events.product.upcasting.ProductCreatedEventUpcaster;
import com.catalog.events.product.upcasting.StagedFlagUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon's Spring Boot support puts every upcaster bean into the event store's upcaster chain. */
@Configuration(proxyBeanMethods = false)
class ProductUpcasterConfiguration {

    @Bean
    ProductCreatedEventUpcaster productCreatedEventUpcaster() {
        return new ProductCreatedEventUpcaster();
    }

    @Bean
    StagedFlagUpcaster stagedFlagUpcaster() {
        return new StagedFlagUpcaster();
    }
}
