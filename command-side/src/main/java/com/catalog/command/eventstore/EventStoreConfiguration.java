package com.catalog.command.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Points Axon's JDBC storage engine (created by {@code JdbcAutoConfiguration}) at the Flyway-managed tables.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** PostgreSQL's SQLSTATE for unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(EventStoreTables.DOMAIN_EVENTS)
                .snapshotTable(EventStoreTables.SNAPSHOTS)
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Axon's default {@code JdbcSQLErrorCodesResolver} only recognises {@code SQLIntegrityConstraintViolationException},
     * which the PostgreSQL driver never throws: a collision on (aggregate_identifier, sequence_number) would surface as
     * a generic {@code EventStoreException}. Resolving by SQLSTATE makes it a {@code ConcurrencyException}.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }
}
