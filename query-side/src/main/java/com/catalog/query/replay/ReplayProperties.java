package com.catalog.query.replay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * @param batchSize        events per batch of a replay processor (one transaction / one bulk request each); larger
 *                         than the live processors' because nobody waits for a replay's single event
 * @param workers          threads applying a replay's batches, each for its share of the aggregates (one segment of
 *                         the live processor's sequencing policy); the event store is read by one more
 * @param batchFillWait    how long a replay worker holding less than a batch waits for more events while the reader
 *                         is still behind the head (0: it applies what it has at once)
 * @param progressInterval how often a running replay samples its progress, logs it and stores its status
 * @param catchUpTimeout   how long the replay may take to reach the head once the live processor is stopped; past it
 *                         the replay fails and the live processor resumes on the old target
 * @param timeout          how long a whole replay may take (fill, catch-up, verification); past it the replay fails,
 *                         drops its fresh target and the old one keeps serving
 * @param handoverPoll     how often every replica looks for another replica's hand-over request ({@link LiveHandover})
 * @param claimExtension   how often the stopped live processor's segment claims are extended while the replay holds
 *                         them (well below Axon's 10 s claim timeout, so no other replica takes them)
 * @param schema           the schema of the PostgreSQL read models
 * @param synchronousCommit PostgreSQL's {@code synchronous_commit} for the transactions of a replay into fresh tables
 *                         ({@code off}: a commit does not wait for its WAL flush; a server crash may lose the last
 *                         fraction of a second of them, and the replay, whose fresh tables a crash throws away anyway,
 *                         just starts again; {@code on} to measure without it)
 * @param postgres         per processor, the PostgreSQL read model a replay rebuilds
 */
@ConfigurationProperties("catalog.replay")
record ReplayProperties(
        @DefaultValue("1000") int batchSize,
        @DefaultValue("2") int workers,
        @DefaultValue("0ms") Duration batchFillWait,
        @DefaultValue("5s") Duration progressInterval,
        @DefaultValue("2m") Duration catchUpTimeout,
        @DefaultValue("6h") Duration timeout,
        @DefaultValue("500ms") Duration handoverPoll,
        @DefaultValue("2s") Duration claimExtension,
        @DefaultValue("read") String schema,
        @DefaultValue("off") String synchronousCommit,
        Map<String, PostgresReadModel> postgres) {

    ReplayProperties {
        if (workers < 1) {
            throw new IllegalArgumentException("catalog.replay.workers must be at least 1, was " + workers);
        }
        postgres = postgres == null ? Map.of() : Map.copyOf(postgres);
    }

    /**
     * @param tables        every table the processor writes (in {@link #schema}); SQL of its handlers names them
     *                      without the schema, so the replay's search_path sends the writes to the fresh copies
     * @param checkedTable  the table verified against the event store
     * @param key           its column holding the aggregate id (or event id, per event)
     * @param sequence      its column holding the aggregate sequence (or global position, per event)
     * @param mode          per aggregate or per event
     * @param aggregateType only aggregates of this type are verified; empty for all
     */
    record PostgresReadModel(List<String> tables, String checkedTable, String key, String sequence,
                             @DefaultValue("PER_AGGREGATE") Verification.Mode mode, String aggregateType) {

        Verification verification() {
            return new Verification(mode, aggregateType);
        }
    }
}
