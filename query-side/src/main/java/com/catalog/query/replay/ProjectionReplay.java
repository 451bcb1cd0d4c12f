package com.catalog.query.replay;

import com.catalog.query.deadletter.TransientFailures;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One replay of one projection into a fresh target, phase by phase:
 * <ol>
 * <li>REPLAYING: a replay processor ({@link ReplayPipeline}: the live processor's handlers, its own reader and
 * workers) fills the fresh target from the first event while the live processor keeps the old target current.</li>
 * <li>CATCHING_UP: once the replay has reached the head, the live processor stops here, every other replica stops
 * its own on request ({@link LiveHandover}), and this instance claims its segments (no other replica takes them); the
 * replay reads up to the head seen after that stop, applies it all and stops.</li>
 * <li>VERIFYING: counts and checksum of the fresh target against the event store up to the replay's position.</li>
 * <li>SWAPPING: the fresh target replaces the old one atomically; every segment of the live processor gets the
 * replay's last token and the processor starts again: every event up to that token is in the new target exactly once
 * (the replay applied it), every event after it is applied by the live processor.</li>
 * </ol>
 * Any failure before the swap discards the fresh target and restarts the live processor from its own tokens: so do a
 * cancel request (until the catch-up is done), the replay's timeout ({@code catalog.replay.timeout}) and a handler
 * failure that is not transient (a replay has no dead-letter queue, see {@link ReplayHandlerFailures}).
 */
final class ProjectionReplay implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplay.class);
    private static final long POLL_MILLIS = 100;
    private static final long CANCEL_CHECK_MILLIS = 500;

    private final AbstractEventProcessor live;
    private final ReadModelStore store;
    private final Dependencies dependencies;
    private final Consumer<ReplayStatus> publish;
    private final BooleanSupplier cancelRequested;
    private final ReplayHandlerFailures failures = new ReplayHandlerFailures(TransientFailures::isTransient);
    private final Instant deadline;
    private ReplayStatus status;
    private long lastDone;
    private long lastSample = System.nanoTime();

    /** What every replay uses, bundled so the constructor stays readable. */
    record Dependencies(ReplayProcessors processors, TokenStore tokens, TransactionManager transactions,
                        EventStore eventStore, EventStoreChecksum checksums, ReplayProperties properties,
                        LiveHandover handover) {
    }

    ProjectionReplay(AbstractEventProcessor live, ReadModelStore store, Dependencies dependencies, ReplayStatus started,
                     Consumer<ReplayStatus> publish, BooleanSupplier cancelRequested) {
        this.cancelRequested = cancelRequested;
        this.deadline = Instant.now().plus(dependencies.properties().timeout());
        this.live = live;
        this.store = store;
        this.dependencies = dependencies;
        this.status = started;
        this.publish = publish;
    }

    private String name() {
        return live.getName();
    }

    private StreamingEventProcessor liveStreaming() {
        return (StreamingEventProcessor) live;
    }

    @Override
    public void run() {
        FreshReadModel target = null;
        try {
            target = store.createFresh(name());
            publish(status.withTarget(target.name()));
            replayInto(target);
        } catch (Exception | LinkageError e) {
            String reason = e instanceof ReplayFailure ? e.getMessage() : e.toString();
            log.atWarn().setMessage("Replay of {} failed, the old target keeps serving: {}").addArgument(name())
                    .addArgument(reason).addKeyValue("processor", name()).setCause(e).log();
            if (target != null) {
                target.discard();
            }
            publish(e instanceof ReplayCancelled ? status.cancelled() : status.failed(reason));
        }
    }

    private void replayInto(FreshReadModel target) throws Exception {
        if (dependencies.tokens().fetchSegments(name()).length == 0) {
            throw new ReplayFailure(name() + " has no segments in the token store yet: start it once first");
        }
        deleteReplayTokens();
        try (ReplayPipeline replaying = dependencies.processors().build(live, target, failures)) {
            replaying.start();
            await(ReplayPhase.REPLAYING, replaying, replaying::caughtUp, deadline);
            target.filled();
            handOver(target, replaying);
        }
    }

    private void handOver(FreshReadModel target, ReplayPipeline replaying) throws Exception {
        publish(status.in(ReplayPhase.CATCHING_UP));
        Instant catchUpDeadline = Instant.now().plus(dependencies.properties().catchUpTimeout());
        dependencies.handover().request(name());
        liveStreaming().shutdownAsync().get();
        HeldSegments liveSegments = null;
        try {
            liveSegments = claimOnceReleased(name(), catchUpDeadline);
            replaying.finishAt(head());
            await(ReplayPhase.CATCHING_UP, replaying, replaying::finished,
                    catchUpDeadline.isBefore(deadline) ? catchUpDeadline : deadline);
            TrackingToken replayed = replaying.lastToken();
            verify(target, ReplayProgress.position(replayed));
            publish(status.in(ReplayPhase.SWAPPING));
            target.swapIn();
            liveSegments.storeEverywhere(replayed);
        } finally {
            try {
                if (liveSegments != null) {
                    liveSegments.close();
                }
                live.start();
            } finally {
                dependencies.handover().withdraw(name());
            }
        }
        publish(status.in(ReplayPhase.COMPLETED));
        log.atInfo().setMessage("Replay of {} completed: {} swapped in, the live processor runs on").addArgument(name()).addArgument(target.name())
                .addKeyValue("processor", name()).log();
    }

    private void verify(FreshReadModel target, long upTo) {
        publish(status.in(ReplayPhase.VERIFYING));
        EventStoreChecksum.Expected expected = dependencies.checksums()
                .expected(target.verification(), live.eventHandlerInvoker(), upTo);
        Checksum actual = target.checksum(upTo, expected.moving());
        log.atInfo().setMessage("Replay of {} verified up to position {}: target {}, event store {}")
                .addArgument(name()).addArgument(upTo).addArgument(actual).addArgument(expected.checksum())
                .addKeyValue("processor", name()).log();
        if (!actual.matches(expected.checksum())) {
            throw new ReplayFailure("verification failed up to position " + upTo + ": target " + actual
                    + ", event store " + expected.checksum() + " (" + expected.moving().size()
                    + " aggregates still moving left out)");
        }
    }

    /**
     * Waits for {@code done}, sampling the progress every poll and publishing it every progress interval; gives up
     * past the deadline, on a cancel request (checked every {@value #CANCEL_CHECK_MILLIS} ms, from any replica) and on
     * a handler failure no retry mends.
     */
    private void await(ReplayPhase phase, ReplayPipeline replaying, BooleanSupplier done, Instant until)
            throws InterruptedException {
        long every = dependencies.properties().progressInterval().toNanos();
        long lastCancelCheck = System.nanoTime();
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new ReplayFailure(until.equals(deadline)
                        ? "did not finish within catalog.replay.timeout (" + dependencies.properties().timeout() + ")"
                        : "did not reach the head within catalog.replay.catch-up-timeout ("
                                + dependencies.properties().catchUpTimeout() + ")");
            }
            failIfFailed(replaying);
            if (System.nanoTime() - lastCancelCheck >= TimeUnit.MILLISECONDS.toNanos(CANCEL_CHECK_MILLIS)) {
                lastCancelCheck = System.nanoTime();
                if (cancelRequested.getAsBoolean()) {
                    throw new ReplayCancelled();
                }
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            if (System.nanoTime() - lastSample >= every) {
                sample(phase, replaying);
            }
        }
        // a worker that stopped on a failure has finished too, without its batch
        failIfFailed(replaying);
        sample(phase, replaying);
    }

    private static void failIfFailed(ReplayPipeline replaying) {
        Optional<String> failed = replaying.failure();
        if (failed.isPresent()) {
            throw new ReplayFailure(failed.get());
        }
    }

    private void sample(ReplayPhase phase, ReplayPipeline replaying) {
        long now = System.nanoTime();
        long done = replaying.done();
        double seconds = (now - lastSample) / 1e9;
        double rate = seconds > 0 ? Math.max(0, done - lastDone) / seconds : 0;
        lastDone = done;
        lastSample = now;
        publish(status.progress(phase, done, head(), rate));
        log.atInfo().setMessage("Replay of {} {}: {} of {} events, {}/s, ETA {} s").addArgument(name())
                .addArgument(phase).addArgument(done).addArgument(status.eventsTotal())
                .addArgument(Math.round(rate)).addArgument(status.etaSeconds() == null ? "unknown" : status.etaSeconds())
                .addKeyValue("processor", name()).addKeyValue("eventsDone", done)
                .addKeyValue("eventsTotal", status.eventsTotal()).log();
    }

    /**
     * The live processor's segments, once every replica holding one has honoured the hand-over request and released
     * it ({@link LiveHandover}).
     */
    private HeldSegments claimOnceReleased(String processor, Instant until) throws InterruptedException {
        while (true) {
            try {
                return claim(processor);
            } catch (UnableToClaimTokenException heldElsewhere) {
                if (Instant.now().isAfter(until)) {
                    throw new ReplayFailure("another replica still holds a segment of " + processor + " after "
                            + dependencies.properties().catchUpTimeout() + ": " + heldElsewhere.getMessage());
                }
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            }
        }
    }

    private HeldSegments claim(String processor) {
        return HeldSegments.claim(dependencies.tokens(), dependencies.transactions(), processor,
                dependencies.properties().claimExtension().toMillis());
    }

    /** Tokens the Axon processors of earlier versions' replays left behind (a replay now keeps none). */
    private void deleteReplayTokens() {
        String replayName = ReplayProcessors.nameOf(name());
        if (dependencies.tokens().fetchSegments(replayName).length > 0) {
            claim(replayName).delete();
        }
    }

    private long head() {
        return ReplayProgress.position(dependencies.eventStore().createHeadToken());
    }

    private void publish(ReplayStatus next) {
        status = next;
        publish.accept(next);
    }
}
