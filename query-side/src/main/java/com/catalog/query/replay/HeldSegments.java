package com.catalog.query.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The token-store claims of a stopped processor's segments, taken by this instance so that no other replica's
 * processor picks them up while the replay hands over, and extended until released.
 */
final class HeldSegments implements AutoCloseable {

    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final String processor;
    private final int[] segments;
    private final ScheduledExecutorService extender;

    private HeldSegments(TokenStore tokens, TransactionManager transactions, String processor, int[] segments) {
        this.tokens = tokens;
        this.transactions = transactions;
        this.processor = processor;
        this.segments = segments;
        this.extender = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "replay-claims-" + processor);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Claims every segment; fails (UnableToClaimTokenException) when another instance holds one.
     *
     * @param extendEveryMillis how often the claims are extended while held
     */
    static HeldSegments claim(TokenStore tokens, TransactionManager transactions, String processor,
                              long extendEveryMillis) {
        int[] segments = tokens.fetchSegments(processor);
        HeldSegments held = new HeldSegments(tokens, transactions, processor, segments);
        transactions.executeInTransaction(() -> Arrays.stream(segments).forEach(s -> tokens.fetchToken(processor, s)));
        held.extender.scheduleWithFixedDelay(held::extend, extendEveryMillis, extendEveryMillis, TimeUnit.MILLISECONDS);
        return held;
    }

    /** Gives every held segment the same token, all in one transaction. */
    void storeEverywhere(TrackingToken token) {
        transactions.executeInTransaction(() -> Arrays.stream(segments).forEach(s ->
                tokens.storeToken(token, processor, s)));
    }

    /** Deletes the held segments (the replay processor's tokens once the live one has them). */
    void delete() {
        extender.shutdownNow();
        transactions.executeInTransaction(() -> Arrays.stream(segments).forEach(s -> tokens.deleteToken(processor, s)));
    }

    private void extend() {
        transactions.executeInTransaction(() -> Arrays.stream(segments).forEach(s -> tokens.extendClaim(processor, s)));
    }

    /** Releases the claims, so the processor (here or on another replica) can claim them again. */
    @Override
    public void close() {
        extender.shutdownNow();
        transactions.executeInTransaction(() -> Arrays.stream(segments).forEach(s -> tokens.releaseClaim(processor, s)));
    }
}
