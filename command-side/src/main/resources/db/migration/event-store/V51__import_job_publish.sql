-- POST /api/v1/imports?publish=true (docs/imports.md): each line's product is created and published in the line's one
-- transaction. Stored with the job so every worker, on any replica and after a restart, runs the lines the same way.
ALTER TABLE event_store.import_job ADD COLUMN publish BOOLEAN NOT NULL DEFAULT false;
