package com.catalog.query.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.TimeUnit;

/**
 * Axon's JDBC storage engine and embedded event store as Axon's Boot auto-configuration builds them, declared
 * here only to shorten the store's polling delay and to read larger batches (see {@link EventStoreProperties}). Declaring the event store
 * switches off the auto-configured storage engine as well, hence both. The storage engine reads events through a
 * {@link TypeCachingJacksonSerializer} (same serialisation, payload classes resolved once per type) when the event
 * serializer is Jackson's, as configured ({@code axon.serializer.events: jackson}), and streams events with their
 * time parsed once ({@link StoredTimestampStorageEngine}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreReaderConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema,
                                          EventStoreProperties properties, RevisionResolver revisions) {
        Serializer reading = eventSerializer instanceof JacksonSerializer jackson
                ? TypeCachingJacksonSerializer.of(jackson, revisions) : eventSerializer;
        return new StoredTimestampStorageEngine(JdbcEventStorageEngine.builder()
                .batchSize(properties.batchSize())
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .eventSerializer(reading)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema), eventSchema);
    }

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  EventStoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.fetchDelay().toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }
}
