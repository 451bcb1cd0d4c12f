package com.catalog.query.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReplayConfiguration {

    @Bean
    ProjectionReplay.Dependencies replayDependencies(ReplayProcessors processors, TokenStore tokens,
                                                     TransactionManager transactions, EventStore eventStore,
                                                     EventStoreChecksum checksums, ReplayProperties properties) {
        return new ProjectionReplay.Dependencies(processors, tokens, transactions, eventStore, checksums, properties);
    }
}
