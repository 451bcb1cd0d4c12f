package com.catalog.command.identity;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The user-account state is part of the write: a subscribing processor (same thread, same transaction as the
 * event append) whose errors propagate and roll the command back, instead of Axon's default of logging them.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityProcessingConfiguration {

    public static final String USER_ACCOUNTS = "user-accounts";

    @Autowired
    void userAccountsInTheWriteTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(USER_ACCOUNTS)
                .registerListenerInvocationErrorHandler(USER_ACCOUNTS, configuration -> PropagatingErrorHandler.instance());
    }
}
