package com.catalog.command.product.reassignment;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Reassignment is part of the deletion: a subscribing processor (same thread, same transaction as the deletion's
 * event) whose errors propagate and roll the deletion back, instead of Axon's default of logging them.
 */
@Configuration(proxyBeanMethods = false)
class ProductReassignmentConfiguration {

    @Autowired
    void reassignmentInTheDeletionTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(ProductReassignment.GROUP)
                .registerListenerInvocationErrorHandler(ProductReassignment.GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
