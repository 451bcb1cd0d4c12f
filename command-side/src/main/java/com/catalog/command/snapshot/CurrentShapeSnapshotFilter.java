package com.catalog.command.snapshot;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedType;

/**
 * Accepts a stored snapshot only if it was written from the aggregate class as it is now (same field shape, see
 * {@link FieldShapeRevisionResolver}); anything else is skipped and the aggregate is loaded from its events.
 */
final class CurrentShapeSnapshotFilter implements SnapshotFilter {

    private final RevisionResolver revisions;
    private final ClassLoader classLoader;

    CurrentShapeSnapshotFilter(RevisionResolver revisions, ClassLoader classLoader) {
        this.revisions = revisions;
        this.classLoader = classLoader;
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        SerializedType type = snapshot.getPayload().getType();
        try {
            Class<?> aggregate = Class.forName(type.getName(), false, classLoader);
            return revisions.revisionOf(aggregate).equals(type.getRevision());
        } catch (ClassNotFoundException gone) {
            return false;
        }
    }
}
