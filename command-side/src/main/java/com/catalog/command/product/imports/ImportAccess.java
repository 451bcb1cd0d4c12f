package com.catalog.command.product.imports;

import com.catalog.command.domain.Actor;
import com.catalog.command.web.Callers;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** A job is the uploader's and the admins': anyone else gets 403, an unknown id 404. */
@Component
class ImportAccess {

    private final ImportJobs jobs;
    private final ImportProblems problems;

    ImportAccess(ImportJobs jobs, ImportProblems problems) {
        this.jobs = jobs;
        this.problems = problems;
    }

    ImportJob readable(UUID id, Authentication caller) {
        ImportJob job = jobs.find(id).orElseThrow(() -> problems.notFound(id));
        Actor actor = Callers.actorOf(caller);
        if (!actor.admin() && !actor.id().equals(job.ownerId())) {
            throw problems.notOwner();
        }
        return job;
    }
}
