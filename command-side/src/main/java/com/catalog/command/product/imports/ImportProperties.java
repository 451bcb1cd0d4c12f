package com.catalog.command.product.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code catalog.imports.*}: the limits of an upload and how the workers run.
 *
 * @param maxLines     most non-blank lines one upload may have (413 beyond)
 * @param maxBytes     most bytes one upload may have (413 beyond; checked on Content-Length first)
 * @param maxLineBytes most bytes one line may have (413 beyond)
 * @param parallelism  worker threads per replica, each running one line's command at a time; 0 runs none
 * @param claimBatch   lines a worker claims at once
 * @param linesPerTransaction lines run in one transaction (a savepoint each): fewer commits; keep it short of the event
 *                     processors' gap timeout (a transaction's events are invisible to them until it commits)
 * @param lease        how long a claim holds its lines; a replica that died leaves them to others after this
 * @param pollInterval how often an idle worker looks for work (an upload on the same replica wakes it at once)
 * @param maxAttempts  tries of a line that fails unexpectedly (a server error, not a refusal) before the job fails
 * @param retryDelay   pause before such a line is tried again
 */
@ConfigurationProperties("catalog.imports")
public record ImportProperties(
        @DefaultValue("200000") int maxLines,
        @DefaultValue("100MB") DataSize maxBytes,
        @DefaultValue("256KB") DataSize maxLineBytes,
        @DefaultValue("4") int parallelism,
        @DefaultValue("20") int claimBatch,
        @DefaultValue("20") int linesPerTransaction,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("5s") Duration retryDelay) {

    /** A line is a subtransaction (savepoint); PostgreSQL caches 64 per transaction before every snapshot slows down. */
    public static final int MAX_LINES_PER_TRANSACTION = 50;

    public ImportProperties {
        if (maxLines < 1 || maxBytes.toBytes() < 1 || maxLineBytes.toBytes() < 1 || parallelism < 0 || claimBatch < 1
                || linesPerTransaction < 1 || linesPerTransaction > MAX_LINES_PER_TRANSACTION
                || maxAttempts < 1 || lease.isNegative() || lease.isZero() || pollInterval.isNegative()
                || pollInterval.isZero() || retryDelay.isNegative()) {
            throw new IllegalArgumentException("catalog.imports: limits, claim-batch, max-attempts, lease and poll-interval "
                    + "must be positive, parallelism and retry-delay not negative, lines-per-transaction 1 to " + MAX_LINES_PER_TRANSACTION);
        }
    }
}
