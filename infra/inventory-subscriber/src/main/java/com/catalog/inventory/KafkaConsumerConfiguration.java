package com.catalog.inventory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class KafkaConsumerConfiguration {

    /**
     * Retries a failing record (e.g. PostgreSQL unavailable) for ever instead of the default's "skip after 10
     * attempts": skipping would silently lose an event. Boot's listener container factory picks this bean up.
     */
    @Bean
    DefaultErrorHandler retryForever() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return new DefaultErrorHandler(backOff);
    }
}
