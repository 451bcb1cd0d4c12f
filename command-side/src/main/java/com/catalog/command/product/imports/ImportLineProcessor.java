package com.catalog.command.product.imports;

import com.catalog.command.domain.Actor;
import com.catalog.command.product.bulk.ProductBulkItems;
import com.catalog.command.product.bulk.UnknownItemFieldsException;
import com.catalog.command.product.publish.PublishProductCommand;
import com.catalog.command.product.references.JdbcCatalogReferences;
import com.catalog.command.web.FieldError;
import com.catalog.command.web.InvalidFieldsException;
import com.catalog.command.web.ItemProblems;
import com.catalog.command.web.PreparedCommand;
import com.catalog.events.value.ProductId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a worker's claimed lines through the create-product use case as a bulk item runs (same request shape,
 * validation via {@link ProductBulkItems}, command and problems), several lines in one transaction with a savepoint per
 * line. The transaction first locks the lines that are still to do (one statement), runs each line's command
 * (Axon's unit of work joins the transaction) inside its savepoint, rolls a refused line back to its savepoint, and
 * records every line's outcome in one batched statement before it commits: products and outcomes commit together or
 * not at all, so a worker that dies mid-batch leaves nothing and the lines are taken again. The product's id is
 * derived from job and line as a second guard: a line run twice could only collide with its own product.
 */
@Component
class ImportLineProcessor {

    private static final Logger log = LoggerFactory.getLogger(ImportLineProcessor.class);

    private final CommandGateway commands;
    private final JdbcCatalogReferences references;
    private final ProductBulkItems items;
    private final ItemProblems problems;
    private final ImportLines lines;
    private final ImportJobs jobs;
    private final ImportMetrics metrics;
    private final ImportProperties properties;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    ImportLineProcessor(CommandGateway commands, JdbcCatalogReferences references, ProductBulkItems items, ItemProblems problems, ImportLines lines,
                        ImportJobs jobs, ImportMetrics metrics, ImportProperties properties, ObjectMapper json,
                        PlatformTransactionManager transactions) {
        this.commands = commands;
        this.references = references;
        this.items = items;
        this.problems = problems;
        this.lines = lines;
        this.jobs = jobs;
        this.metrics = metrics;
        this.properties = properties;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The product a line creates, whoever runs it and however often. */
    static ProductId productIdOf(UUID jobId, int lineNo) {
        return new ProductId(UUID.nameUUIDFromBytes(("import:" + jobId + ":" + lineNo).getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** One line in its own transaction (a test's stale or dead worker). */
    void process(ImportJob job, ClaimedLine line) {
        process(job, List.of(line));
    }

    /**
     * Claimed lines of one job, {@code catalog.imports.lines-per-transaction} at a time, in line order. Stops at a line
     * whose server error used up its tries: the job is FAILED then, and the lines after it stay unimported.
     */
    void process(ImportJob job, List<ClaimedLine> claimed) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                job.ownerId(), null, List.of(new SimpleGrantedAuthority("ROLE_" + job.ownerRole()))));
        try {
            int size = properties.linesPerTransaction();
            for (int from = 0; from < claimed.size(); from += size) {
                if (!processTogether(job, claimed.subList(from, Math.min(claimed.size(), from + size)))) {
                    return;
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** @return false once the job failed: no further line of it is run */
    private boolean processTogether(ImportJob job, List<ClaimedLine> together) {
        Batch batch;
        try {
            batch = transaction.execute(status -> runTogether(status, job, together));
        } catch (TransactionLost lost) {
            batch = transaction.execute(status -> afterLost(job, together, lost));
        }
        return recorded(job, batch);
    }

    private Batch runTogether(TransactionStatus status, ImportJob job, List<ClaimedLine> together) {
        Set<Integer> pending = lines.lockIfPending(job.id(), together.stream().map(ClaimedLine::lineNo).toList());
        Batch done = new Batch();
        if (!pending.isEmpty()) {
            references.holdSharedLocks(); // before the savepoints: a line's rollback must not release them
        }
        for (ClaimedLine line : together) {
            if (!pending.contains(line.lineNo())) {
                continue; // done by another worker (whose lease we took over), or the job ended
            }
            classify(done, line, runInSavepoint(status, job, line));
            if (done.failedJobAt != null) {
                break;
            }
        }
        lines.finish(job.id(), done.finished, done.retry, properties.retryDelay());
        return done;
    }

    /**
     * Axon rolls the whole transaction back (not to the line's savepoint) when a command fails after its unit of work
     * took the transaction's connection (a failed event append; a refused command that loaded its aggregate, e.g. the
     * publish): the lines before it are gone too. So, in a new transaction, the line that failed gets its outcome as if
     * it had run alone, and the batch's other lines are handed back, their try not counted, for any worker to run again.
     */
    private Batch afterLost(ImportJob job, List<ClaimedLine> together, TransactionLost lost) {
        Set<Integer> pending = lines.lockIfPending(job.id(), together.stream().map(ClaimedLine::lineNo).toList());
        Batch done = new Batch();
        ClaimedLine line = lost.line;
        if (pending.contains(line.lineNo())) {
            classify(done, line, lost.outcome);
        }
        lines.finish(job.id(), done.finished, done.retry, properties.retryDelay());
        lines.handBack(job.id(), together.stream().map(ClaimedLine::lineNo)
                .filter(lineNo -> lineNo != line.lineNo() && pending.contains(lineNo)).toList());
        return done;
    }

    private void classify(Batch done, ClaimedLine line, LineOutcome outcome) {
        if (outcome.status() < 500) {
            done.finished.add(outcome);
        } else if (line.attempts() < properties.maxAttempts()) {
            done.retry.add(line.lineNo());
        } else {
            done.failedJobAt = line;
        }
    }

    private boolean recorded(ImportJob job, Batch batch) {
        for (LineOutcome outcome : batch.finished) {
            if (outcome.problem() == null) {
                metrics.succeeded();
            } else {
                metrics.failed();
            }
        }
        if (batch.failedJobAt == null) {
            return true;
        }
        ClaimedLine line = batch.failedJobAt;
        log.error("Import job {} failed: line {} failed unexpectedly {} times", job.id(), line.lineNo(), line.attempts());
        transaction.executeWithoutResult(status -> jobs.fail(job.id(), "Line " + line.lineNo() + " failed unexpectedly "
                + line.attempts() + " times; the job stopped and its pending lines were not imported."));
        return false;
    }

    /** A refused or failed line leaves nothing: its savepoint is rolled back (which also clears rollback-only). */
    private LineOutcome runInSavepoint(TransactionStatus status, ImportJob job, ClaimedLine line) {
        Object savepoint = status.createSavepoint();
        LineOutcome outcome;
        try {
            outcome = run(job, line);
        } catch (RuntimeException unexpected) {
            log.warn("Import job {} line {} failed unexpectedly (attempt {})", job.id(), line.lineNo(), line.attempts(), unexpected);
            outcome = new LineOutcome(line.lineNo(), HttpStatus.INTERNAL_SERVER_ERROR.value(), null, null);
        }
        // a created line keeps its savepoint unreleased (one round trip less; lines-per-transaction stays under
        // PostgreSQL's 64 cached subtransactions)
        if (outcome.problem() != null || outcome.status() >= 500) {
            try {
                status.rollbackToSavepoint(savepoint);
            } catch (TransactionException savepointGone) {
                throw new TransactionLost(line, outcome); // see afterLost
            }
        }
        return outcome;
    }

    /** The transaction was rolled back whole while {@code line} ran, with {@code outcome}. */
    private static final class TransactionLost extends RuntimeException {
        private final transient ClaimedLine line;
        private final transient LineOutcome outcome;

        TransactionLost(ClaimedLine line, LineOutcome outcome) {
            super("the import transaction was rolled back while line " + line.lineNo() + " ran", null, false, false);
            this.line = line;
            this.outcome = outcome;
        }
    }

    private LineOutcome run(ImportJob job, ClaimedLine line) {
        JsonNode item;
        try {
            item = json.readTree(line.body());
        } catch (JsonProcessingException malformed) {
            return refused(line, new InvalidFieldsException(
                    List.of(new FieldError("", "is not JSON: send one product-create object per line"))));
        }
        ProductId id = productIdOf(job.id(), line.lineNo());
        try {
            PreparedCommand create = items.read(item, id, job.ownerId());
            commands.sendAndWait(create.command());
            if (job.publish()) {
                // the owner publishes what it just created, as POST /products/{id}/publish would; the aggregate checks it
                commands.sendAndWait(new PublishProductCommand(id, actorOf(job), null));
            }
            return new LineOutcome(line.lineNo(), HttpStatus.CREATED.value(), id.value(), null);
        } catch (RuntimeException refused) {
            return refused(line, refused);
        }
    }

    private LineOutcome refused(ClaimedLine line, RuntimeException refusal) {
        ResponseEntity<ProblemDetail> problem = problems.of(refusal);
        UnknownItemFieldsException.addErrors(problem.getBody(), refusal);
        return new LineOutcome(line.lineNo(), problem.getStatusCode().value(), null, problem.getBody());
    }

    private static Actor actorOf(ImportJob job) {
        return new Actor(job.ownerId(), "ADMIN".equals(job.ownerRole()));
    }

    /** What one transaction did: lines finished (succeeded or refused), lines to try again, the line that failed the job. */
    private static final class Batch {
        private final List<LineOutcome> finished = new ArrayList<>();
        private final List<Integer> retry = new ArrayList<>();
        private ClaimedLine failedJobAt;
    }
}
