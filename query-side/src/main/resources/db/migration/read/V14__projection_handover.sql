-- A replay's request that every other replica stop its live processor of that projection, so the replaying replica
-- can claim all of its segments for the hand-over (issue 7). Withdrawn (deleted) when the replay ends, whatever the
-- outcome; the other replicas then start their processors again.
CREATE TABLE projection_handover (
    processor_name VARCHAR(255) PRIMARY KEY,
    requested_by   VARCHAR(255) NOT NULL,
    requested_at   TIMESTAMPTZ  NOT NULL
);
