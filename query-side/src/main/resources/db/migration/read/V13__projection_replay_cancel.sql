-- A cancel request for the running replay of a projection (issue 7), written by whichever replica took the DELETE
-- and read by the replica running the replay; the next replay of the projection deletes it when it starts.
CREATE TABLE projection_replay_cancel (
    processor_name VARCHAR(255) PRIMARY KEY,
    requested_at   TIMESTAMPTZ  NOT NULL
);
