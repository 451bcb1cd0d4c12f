package com.catalog.query.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class ReplayConfiguration {

    @Bean
    ProjectionReplay.Dependencies replayDependencies(ReplayProcessors processors, TokenStore tokens,
                                                     TransactionManager transactions, EventStore eventStore,
                                                     EventStoreChecksum checksums, ReplayProperties properties,
                                                     LiveHandover handover) {
        return new ProjectionReplay.Dependencies(processors, tokens, transactions, eventStore, checksums, properties,
                handover);
    }

    /** This replica's side of the segment hand-over: its watcher stops and restarts its processors on request. */
    @Bean
    LiveHandover liveHandover(JdbcClient jdbc, EventProcessingConfiguration processing, ReplayProperties properties) {
        return new LiveHandover(jdbc, processing::eventProcessor, properties.handoverPoll().toMillis());
    }
}
