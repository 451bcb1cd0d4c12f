package com.catalog.query.deadletter;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A JDBC dead-letter queue ({@code read.dead_letter_entry}) for every projection's processing group
 * ({@link ProjectionGroups}), with {@link ProjectionDeadLetterPolicy} deciding per failure. A reset of a processor
 * (a replay) clears its letters: the replay meets those events again anyway.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterProperties.class)
class DeadLetterConfiguration {

    static final DeadLetterSchema SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable("read.dead_letter_entry")
            .deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("aggregate_type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    @Bean
    AbortedTransactions abortedTransactions() {
        return new AbortedTransactions();
    }

    @Bean
    ConfigurerModule projectionDeadLetterQueues(ListableBeanFactory beans, ConnectionProvider connections,
                                                DeadLetterProperties properties, AbortedTransactions aborted) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : ProjectionGroups.of(beans)) {
                processing.registerDeadLetterQueue(group, c -> queue(group, c, connections, properties))
                        .registerDeadLetterPolicy(group, c -> new ProjectionDeadLetterPolicy(group, aborted))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group, (c, invoker) -> invoker.allowReset(true))
                        .registerHandlerInterceptor(group, c -> new PoisonedEventInterceptor(group, aborted,
                                c.eventProcessingConfiguration().deadLetterQueue(group).orElseThrow(),
                                c.eventProcessingConfiguration().sequencingPolicy(group)));
            }
        };
    }

    private static SequencedDeadLetterQueue<EventMessage<?>> queue(String group, org.axonframework.config.Configuration axon,
                                                                   ConnectionProvider connections,
                                                                   DeadLetterProperties properties) {
        return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(group)
                .connectionProvider(connections)
                .transactionManager(axon.getComponent(TransactionManager.class))
                .schema(SCHEMA)
                .genericSerializer(axon.serializer())
                .eventSerializer(axon.eventSerializer())
                .maxSequences(properties.maxSequences())
                .maxSequenceSize(properties.maxSequenceSize())
                .build();
    }
}
