-- The edge's global per-IP limit (rate-limit module, docs/security.md#rate-limits-and-headers-and-headers): each gateway replica adds the hits
-- it admitted to its bucket's one-minute window every few hundred milliseconds and reads everyone's back. The same
-- shape as the apps' tables (event_store.rate_limit_window, read.rate_limit_window).
CREATE TABLE gateway.rate_limit_window (
    bucket       VARCHAR(300) NOT NULL,
    window_start TIMESTAMPTZ  NOT NULL,
    hits         INTEGER      NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
