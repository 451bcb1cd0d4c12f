-- Rate limits that hold across replicas (issue 3): counters live in PostgreSQL, which every replica shares.

-- Fixed one-minute windows per bucket (e.g. "ip:203.0.113.7"); old windows are pruned as new ones are written.
CREATE TABLE event_store.rate_limit_window (
    bucket       VARCHAR(300) NOT NULL,
    window_start TIMESTAMPTZ  NOT NULL,
    hits         INTEGER      NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- Failed sign-ins per IP and per account, with a block that doubles on each repeat (growing back-off).
CREATE TABLE event_store.login_throttle (
    bucket        VARCHAR(300) PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    window_start  TIMESTAMPTZ  NOT NULL,
    strikes       INTEGER      NOT NULL,
    blocked_until TIMESTAMPTZ
);
