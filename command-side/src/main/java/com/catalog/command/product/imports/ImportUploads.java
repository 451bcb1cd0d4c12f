package com.catalog.command.product.imports;

import com.catalog.command.idempotency.IdempotentUploads;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * Accepts an upload in one transaction: the job, every line, and the {@code Idempotency-Key} with the answer a retry
 * gets, so a failed or refused upload leaves nothing. The transaction appends no event (the lines run later, each in
 * its own), so its length does not matter to the event processors' gap timeout.
 */
@Component
class ImportUploads {

    private final ImportJobs jobs;
    private final NdjsonStaging staging;
    private final IdempotentUploads idempotency;
    private final ImportWorkers workers;
    private final ObjectMapper json;
    private final PlatformTransactionManager transactions;

    ImportUploads(ImportJobs jobs, NdjsonStaging staging, IdempotentUploads idempotency, ImportWorkers workers,
                  ObjectMapper json, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.staging = staging;
        this.idempotency = idempotency;
        this.workers = workers;
        this.json = json;
        this.transactions = transactions;
    }

    /** @return the queued job; empty when an earlier upload with the same key answered ({@code response} has it) */
    Optional<ImportJobView> accept(String ownerId, String ownerRole, boolean publish, Optional<String> key, HttpServletRequest request,
                                   HttpServletResponse response) throws IOException {
        MessageDigest fingerprint = idempotency.fingerprint(request);
        UUID id = UUID.randomUUID();
        TransactionStatus tx = transactions.getTransaction(TransactionDefinition.withDefaults());
        boolean commit = false;
        try {
            jobs.create(id, ownerId, ownerRole, publish);
            int total = staging.store(id, new DigestInputStream(request.getInputStream(), fingerprint));
            if (key.isPresent() && idempotency.claimedBefore(ownerId, key.get(), fingerprint.digest(), response)) {
                return Optional.empty();
            }
            jobs.setTotal(id, total);
            ImportJob job = jobs.find(id).orElseThrow();
            ImportJobView queued = ImportJobView.of(job, new LineCounts(0, 0), null);
            if (key.isPresent()) {
                idempotency.complete(ownerId, key.get(), HttpStatus.ACCEPTED.value(), Map.of(
                        HttpHeaders.LOCATION, ImportJobView.location(job),
                        HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE), json.writeValueAsBytes(queued));
            }
            commit = true;
            return Optional.of(queued);
        } finally {
            if (commit) {
                transactions.commit(tx);
                workers.wake();
            } else {
                transactions.rollback(tx);
            }
        }
    }
}
