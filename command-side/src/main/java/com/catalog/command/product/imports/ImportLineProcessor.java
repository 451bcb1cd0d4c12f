package com.catalog.command.product.imports;

import com.catalog.command.domain.Actor;
import com.catalog.command.product.bulk.ProductBulkItems;
import com.catalog.command.product.publish.PublishProductCommand;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.BulkItemResult;
import com.catalog.command.web.BulkWrites;
import com.catalog.command.web.FieldError;
import com.catalog.command.web.InvalidFieldsException;
import com.catalog.command.web.ItemProblems;
import com.catalog.command.web.PreparedCommand;
import com.catalog.command.web.WriteResponse;
import com.catalog.events.value.ProductId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import line through the create-product use case exactly as a bulk item runs ({@link BulkWrites#createOne},
 * {@link ProductBulkItems}): same request shape, validation, command and problems. The command joins a transaction
 * that first locks the line and then marks it done, so the product and the line's outcome commit together: a worker
 * that dies mid-line leaves neither, and the line is taken again. The product's id is derived from job and line as a
 * second guard: a line run twice could only collide with its own product in the event store.
 */
@Component
class ImportLineProcessor {

    private static final Logger log = LoggerFactory.getLogger(ImportLineProcessor.class);

    private final BulkWrites bulk;
    private final AggregateWrites writes;
    private final ProductBulkItems items;
    private final ItemProblems problems;
    private final ImportLines lines;
    private final ImportJobs jobs;
    private final ImportMetrics metrics;
    private final ImportProperties properties;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    ImportLineProcessor(BulkWrites bulk, AggregateWrites writes, ProductBulkItems items, ItemProblems problems, ImportLines lines, ImportJobs jobs,
                        ImportMetrics metrics, ImportProperties properties, ObjectMapper json,
                        PlatformTransactionManager transactions) {
        this.bulk = bulk;
        this.writes = writes;
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

    void process(ImportJob job, ClaimedLine line) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                job.ownerId(), null, List.of(new SimpleGrantedAuthority("ROLE_" + job.ownerRole()))));
        try {
            BulkItemResult result = transaction.execute(status -> {
                if (!lines.lockIfPending(line.jobId(), line.lineNo())) {
                    return null;
                }
                BulkItemResult outcome = run(job, line);
                if (outcome.problem() == null) {
                    lines.succeeded(line.jobId(), line.lineNo(), outcome.id());
                } else {
                    status.setRollbackOnly();
                }
                return outcome;
            });
            record(job, line, result);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private BulkItemResult run(ImportJob job, ClaimedLine line) {
        JsonNode item;
        try {
            item = json.readTree(line.body());
        } catch (JsonProcessingException malformed) {
            ResponseEntity<ProblemDetail> problem = problems.of(new InvalidFieldsException(
                    List.of(new FieldError("", "is not JSON: send one product-create object per line"))));
            return new BulkItemResult(line.lineNo(), problem.getStatusCode().value(), null, null, null, problem.getBody());
        }
        ProductId id = productIdOf(job.id(), line.lineNo());
        if (!job.publish()) {
            return bulk.createOne(line.lineNo(), item, body -> items.read(body, id, job.ownerId()));
        }
        try {
            PreparedCommand create = items.read(item, id, job.ownerId());
            writes.sendAndWait(create.aggregateId(), create.command());
            // the owner publishes what it just created, as POST /products/{id}/publish would; the aggregate checks it
            WriteResponse published = writes.sendAndWait(id.value(), new PublishProductCommand(id, actorOf(job), null));
            return new BulkItemResult(line.lineNo(), HttpStatus.CREATED.value(), published.id(), published.version(),
                    published.position(), null);
        } catch (RuntimeException refused) {
            ResponseEntity<ProblemDetail> problem = problems.of(refused);
            return new BulkItemResult(line.lineNo(), problem.getStatusCode().value(), null, null, null, problem.getBody());
        }
    }

    private static Actor actorOf(ImportJob job) {
        return new Actor(job.ownerId(), "ADMIN".equals(job.ownerRole()));
    }

    /** A refusal is the line's answer; a server error is tried again later, and stops the job once tries run out. */
    private void record(ImportJob job, ClaimedLine line, BulkItemResult result) {
        if (result == null) {
            return;
        }
        if (result.problem() == null) {
            metrics.succeeded();
        } else if (result.status() < 500) {
            transaction.executeWithoutResult(status -> lines.failed(line.jobId(), line.lineNo(), result.status(), toJson(result.problem())));
            metrics.failed();
        } else if (line.attempts() < properties.maxAttempts()) {
            transaction.executeWithoutResult(status -> lines.retryLater(line.jobId(), line.lineNo(), properties.retryDelay()));
        } else {
            log.error("Import job {} failed: line {} failed unexpectedly {} times", job.id(), line.lineNo(), line.attempts());
            transaction.executeWithoutResult(status -> jobs.fail(job.id(), "Line " + line.lineNo() + " failed unexpectedly "
                    + line.attempts() + " times; the job stopped and its pending lines were not imported."));
        }
    }

    private String toJson(ProblemDetail problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always JSON", e);
        }
    }
}
