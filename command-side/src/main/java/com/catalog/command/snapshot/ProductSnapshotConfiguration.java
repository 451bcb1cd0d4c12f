package com.catalog.command.snapshot;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots products every {@code catalog.snapshots.product.threshold} events. Axon's Spring support reads an
 * aggregate's snapshot trigger from its {@code @Aggregate(snapshotTriggerDefinition = …)} attribute and hands it to
 * the aggregate's registrar bean; setting the same properties (trigger and snapshot filter) on that registrar here
 * keeps the Product aggregate free of snapshot concerns: they are configuration, not domain. Another aggregate is
 * snapshotted the same way, with its own registrar name ({@code <aggregate bean>$$Registrar}).
 */
@Configuration(proxyBeanMethods = false)
class ProductSnapshotConfiguration {

    static final String TRIGGER = "productSnapshotTriggerDefinition";
    static final String FILTER = "productSnapshotFilter";
    /** Axon names an aggregate's registrar after the aggregate's bean ({@code product}) plus this suffix. */
    static final String PRODUCT_REGISTRAR = "product$$Registrar";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition productSnapshotTriggerDefinition(Snapshotter snapshotter, SnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.product().threshold());
    }

    /**
     * Replaces Axon's default filter for the aggregate, which accepts only snapshots whose revision is the aggregate's
     * {@code @Revision} (none here), with one that accepts snapshots of the aggregate's current field shape.
     */
    @Bean(FILTER)
    SnapshotFilter productSnapshotFilter() {
        return new CurrentShapeSnapshotFilter(new FieldShapeRevisionResolver(), getClass().getClassLoader());
    }

    @Bean
    static BeanPostProcessor productSnapshotTrigger() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringAggregateConfigurer<?> registrar && PRODUCT_REGISTRAR.equals(beanName)) {
                    registrar.setSnapshotTriggerDefinition(TRIGGER);
                    registrar.setSnapshotFilter(FILTER);
                }
                return bean;
            }
        };
    }
}
