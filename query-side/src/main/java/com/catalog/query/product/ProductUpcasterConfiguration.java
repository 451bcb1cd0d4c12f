package com.catalog.query.product;

import com.catalog.events.product.upcasting.ProductCreatedEventUpcaster;
import com.catalog.events.product.upcasting.StagedFlagUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The processors read events of every stored revision: upcaster beans join the event store's upcaster chain. */
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
