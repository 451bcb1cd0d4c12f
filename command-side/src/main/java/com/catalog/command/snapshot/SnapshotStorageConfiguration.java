package com.catalog.command.snapshot;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * Axon's JDBC storage engine exactly as its Boot auto-configuration builds it, except for how snapshots are
 * written. A snapshot's payload is the aggregate object itself, and aggregates keep their state in private fields
 * without getters (only event-sourcing handlers assign them): the general Jackson serializer would store {@code {}}.
 * Snapshots therefore get a serializer of their own that reads and writes fields, and a revision that changes with
 * the aggregate's field shape ({@link FieldShapeRevisionResolver}); each snapshotted aggregate's
 * {@link CurrentShapeSnapshotFilter} then skips a snapshot of an older shape instead of misreading it.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class SnapshotStorageConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer, ObjectMapper json,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer(json, new FieldShapeRevisionResolver()))
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .build();
    }

    static Serializer snapshotSerializer(ObjectMapper json, FieldShapeRevisionResolver revisions) {
        ObjectMapper fields = json.copy()
                .setVisibility(PropertyAccessor.GETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.SETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(fields).revisionResolver(revisions).build();
    }
}
