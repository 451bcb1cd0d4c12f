package com.catalog.query.replay;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "The last replay of a projection into a fresh target, as any replica sees it")
public record ReplayStatus(
        @Schema(description = "Phase of the replay", example = "REPLAYING") ReplayPhase phase,
        @Schema(description = "Fresh target being filled (index or schema)", example = "catalog-products-v2")
        String target,
        @Schema(description = "Global position the replay has reached (its slowest segment)", example = "412000")
        long eventsDone,
        @Schema(description = "Head of the event store when last sampled", example = "1000000") long eventsTotal,
        @Schema(description = "Events per second over the last sampling interval", example = "21450.5")
        double eventsPerSecond,
        @Schema(description = "Seconds until the replay reaches the head at the current rate; absent when unknown",
                example = "27") Long etaSeconds,
        @Schema(description = "When the replay started") Instant startedAt,
        @Schema(description = "When it completed or failed; absent while it runs") Instant finishedAt,
        @Schema(description = "Why it failed or stopped (FAILED, CANCELLED)", example = "checksum mismatch: target 99 rows, event store 100")
        String reason,
        @Schema(description = "Replica that runs (or ran) the replay", example = "query-side-7c9f-2") String instance) {

    static ReplayStatus idle() {
        return new ReplayStatus(ReplayPhase.IDLE, null, 0, 0, 0, null, null, null, null, null);
    }

    ReplayStatus progress(ReplayPhase next, long done, long total, double rate) {
        Long eta = rate > 0 ? Math.round(Math.max(0, total - done) / rate) : null;
        return new ReplayStatus(next, target, done, total, rate, eta, startedAt, null, null, instance);
    }

    ReplayStatus in(ReplayPhase next) {
        return new ReplayStatus(next, target, eventsDone, eventsTotal, eventsPerSecond, etaSeconds, startedAt,
                next.running() ? null : Instant.now(), reason, instance);
    }

    ReplayStatus failed(String why) {
        return new ReplayStatus(ReplayPhase.FAILED, target, eventsDone, eventsTotal, eventsPerSecond, null, startedAt,
                Instant.now(), why, instance);
    }

    ReplayStatus cancelled() {
        return new ReplayStatus(ReplayPhase.CANCELLED, target, eventsDone, eventsTotal, eventsPerSecond, null, startedAt,
                Instant.now(), "cancelled on request", instance);
    }

    ReplayStatus withTarget(String name) {
        return new ReplayStatus(phase, name, eventsDone, eventsTotal, eventsPerSecond, etaSeconds, startedAt,
                finishedAt, reason, instance);
    }
}
