package com.catalog.inventory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The reference inventory subscriber: a downstream service that knows the catalog only through its public contract
 * (topic {@code catalog.product.v1} and the catch-up API), never through its code or database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InventorySubscriberApplication {

    public static void main(String[] args) {
        SpringApplication.run(InventorySubscriberApplication.class, args);
    }
}
