-- Product import jobs (package com.catalog.command.product.imports, docs/imports.md). The upload is stored line by
-- line in the transaction that creates the job; workers on any replica then claim lines with a lease and run each
-- line's create command in a transaction that also records the line's outcome, so a line is done exactly once.
CREATE TABLE event_store.import_job (
    id          UUID        PRIMARY KEY,
    owner_id    TEXT        NOT NULL,
    -- the role the uploader acted with (SELLER or ADMIN): the commands of its lines carry it as metadata
    owner_role  TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELED')),
    total       INTEGER     NOT NULL CHECK (total >= 0),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at  TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    -- why a FAILED job stopped
    error       TEXT
);

CREATE INDEX import_job_owner ON event_store.import_job (owner_id, created_at DESC);
CREATE INDEX import_job_active ON event_store.import_job (created_at) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE event_store.import_line (
    job_id      UUID        NOT NULL REFERENCES event_store.import_job (id) ON DELETE CASCADE,
    -- the line's number in the uploaded file, from 1 (blank lines are skipped but counted)
    line_no     INTEGER     NOT NULL,
    -- the product-create JSON as uploaded; cleared once the line is done
    body        TEXT,
    state       TEXT        NOT NULL CHECK (state IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    -- a worker holds the line until then; after it, another worker may take it (the holder died)
    lease_until TIMESTAMPTZ,
    attempts    INTEGER     NOT NULL DEFAULT 0,
    product_id  TEXT,
    -- what POST /api/v1/products would have answered: 201, or the problem's status and RFC 9457 body
    status      INTEGER,
    problem     JSONB,
    PRIMARY KEY (job_id, line_no),
    CHECK (state = 'PENDING' OR status IS NOT NULL)
);

-- workers claim the lowest pending lines of a job; the failures endpoint pages through a job's failed lines
CREATE INDEX import_line_pending ON event_store.import_line (job_id, line_no) WHERE state = 'PENDING';
CREATE INDEX import_line_failed ON event_store.import_line (job_id, line_no) WHERE state = 'FAILED';
