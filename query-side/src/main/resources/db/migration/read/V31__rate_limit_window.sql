-- The global per-IP limit's shared counters (rate-limit module, docs/security.md#rate-limits-and-headers-and-headers): each replica adds the
-- hits it admitted to its bucket's one-minute window every few hundred milliseconds and reads everyone's back.
-- Windows older than the previous one are pruned by the replicas.
CREATE TABLE read.rate_limit_window (
    bucket       VARCHAR(300) NOT NULL,
    window_start TIMESTAMPTZ  NOT NULL,
    hits         INTEGER      NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
