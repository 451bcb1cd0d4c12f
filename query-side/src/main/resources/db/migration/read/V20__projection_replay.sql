-- The last replay of each projection into a fresh target (issue 7), written by the replica that runs it every few
-- seconds, so any replica's admin API shows it. One row per projection; a new replay overwrites the previous row.
CREATE TABLE projection_replay (
    processor_name    VARCHAR(255)     PRIMARY KEY,
    phase             VARCHAR(32)      NOT NULL,
    target            VARCHAR(255),
    events_done       BIGINT           NOT NULL,
    events_total      BIGINT           NOT NULL,
    events_per_second DOUBLE PRECISION NOT NULL,
    eta_seconds       BIGINT,
    started_at        TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ,
    reason            TEXT,
    instance          VARCHAR(255)
);
