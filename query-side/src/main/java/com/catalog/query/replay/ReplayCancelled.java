package com.catalog.query.replay;

/** An admin asked for the replay to stop ({@code DELETE /api/v1/admin/projections/{name}/replay}). */
final class ReplayCancelled extends ReplayFailure {

    ReplayCancelled() {
        super("cancelled on request");
    }
}
