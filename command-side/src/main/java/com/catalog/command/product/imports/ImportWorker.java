package com.catalog.command.product.imports;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One step of a worker: start queued jobs, claim a batch of lines of the oldest running job that has free ones, and
 * run them. Any number of these run side by side, in one replica's threads and across replicas.
 */
@Component
class ImportWorker {

    private final ImportJobs jobs;
    private final ImportLines lines;
    private final ImportLineProcessor processor;
    private final ImportProperties properties;

    ImportWorker(ImportJobs jobs, ImportLines lines, ImportLineProcessor processor, ImportProperties properties) {
        this.jobs = jobs;
        this.lines = lines;
        this.processor = processor;
        this.properties = properties;
    }

    /** @return whether there was a line to run; false means idle */
    boolean workOnce() {
        jobs.startQueued();
        for (ImportJob job : jobs.running()) {
            List<ClaimedLine> claimed = lines.claim(job.id(), properties.claimBatch(), properties.lease());
            if (claimed.isEmpty()) {
                jobs.completeIfDone(job.id());
                continue;
            }
            processor.process(job, claimed);
            return true;
        }
        return false;
    }
}
