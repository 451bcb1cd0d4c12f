package com.catalog.command.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.junit.jupiter.api.Test;

class CurrentShapeSnapshotFilterTest {

    private final FieldShapeRevisionResolver revisions = new FieldShapeRevisionResolver();
    private final CurrentShapeSnapshotFilter filter =
            new CurrentShapeSnapshotFilter(revisions, getClass().getClassLoader());

    @SuppressWarnings("unused")
    static class Basket {
        private static final int LIMIT = 3;
        private String id;
        private long total;
    }

    @SuppressWarnings("unused")
    static class BasketWithNote {
        private String id;
        private long total;
        private String note;
    }

    @SuppressWarnings("unused")
    static class BasketWithIntTotal {
        private String id;
        private int total;
    }

    @Test
    void the_revision_is_stable_for_a_class_and_changes_with_its_fields_but_not_with_static_ones() {
        assertThat(revisions.revisionOf(Basket.class)).isEqualTo(revisions.revisionOf(Basket.class)).startsWith("shape-");
        assertThat(revisions.revisionOf(BasketWithNote.class)).isNotEqualTo(revisions.revisionOf(Basket.class));
        assertThat(revisions.revisionOf(BasketWithIntTotal.class)).isNotEqualTo(revisions.revisionOf(Basket.class));
    }

    @Test
    void a_snapshot_of_the_current_shape_is_allowed() {
        assertThat(filter.test(snapshot(Basket.class.getName(), revisions.revisionOf(Basket.class)))).isTrue();
    }

    @Test
    void a_snapshot_of_another_shape_no_shape_or_a_vanished_class_is_skipped() {
        assertThat(filter.test(snapshot(Basket.class.getName(), revisions.revisionOf(BasketWithNote.class)))).isFalse();
        assertThat(filter.test(snapshot(Basket.class.getName(), null))).isFalse();
        assertThat(filter.test(snapshot("com.example.Gone", "shape-0"))).isFalse();
    }

    private static DomainEventData<?> snapshot(String payloadType, String revision) {
        return new GenericDomainEventEntry<>("Basket", "b-1", 7, "e-1", Instant.now(), payloadType, revision,
                "{}".getBytes(), "{}".getBytes());
    }
}
