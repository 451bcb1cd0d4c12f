package com.catalog.query.replay;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.Optional;

/** Tells a projection's writer which fresh target the batch it runs in belongs to, when it is a replay's batch. */
public final class ReplayBatch {

    static final String TARGET = ReplayBatch.class.getName() + ".target";

    private ReplayBatch() {
    }

    /** The fresh target's name when the current batch is a replay's; empty for the live processors. */
    public static Optional<String> target() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CurrentUnitOfWork.get().root().getResource(TARGET));
    }
}
