package com.catalog.query.deadletter;

import java.util.Arrays;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The processing groups that get a dead-letter queue: every handler bean's group, found from the bean definitions
 * (so a new projection gets one without configuration), except side effects. Those are marked {@code @DisallowReplay}
 * (the Kafka publishers): a publisher must never skip an event, so its failures always stop and retry.
 */
final class ProjectionGroups {

    private ProjectionGroups() {
    }

    static SortedSet<String> of(ListableBeanFactory beans) {
        SortedSet<String> groups = new TreeSet<>();
        SortedSet<String> sideEffects = new TreeSet<>();
        Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class)).forEach(name -> {
            String group = Objects.requireNonNull(beans.findAnnotationOnBean(name, ProcessingGroup.class)).value();
            groups.add(group);
            if (beans.findAnnotationOnBean(name, DisallowReplay.class) != null) {
                sideEffects.add(group);
            }
        });
        groups.removeAll(sideEffects);
        return groups;
    }
}
