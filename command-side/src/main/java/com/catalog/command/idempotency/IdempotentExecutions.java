package com.catalog.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs a write under its key. Only a successful (2xx) answer is kept; a refused request keeps nothing (it stored no
 * event either), so the client may fix it and send it again with the same key. The answer is buffered and reaches
 * the client only once the key is stored.
 */
@Component
class IdempotentExecutions {

    private static final Logger log = LoggerFactory.getLogger(IdempotentExecutions.class);

    private final IdempotencyKeys keys;
    private final IdempotencyAnswers answers;
    private final IdempotencyProperties properties;
    private final PlatformTransactionManager transactions;
    private final TransactionTemplate transaction;

    IdempotentExecutions(IdempotencyKeys keys, IdempotencyAnswers answers, IdempotencyProperties properties,
                         PlatformTransactionManager transactions) {
        this.keys = keys;
        this.answers = answers;
        this.properties = properties;
        this.transactions = transactions;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * One transaction around claim, command and answer: Axon's unit of work joins it (propagation REQUIRED), so the
     * key, the lookup rows and the events commit together or not at all — a crash can't keep an event without its key.
     * A concurrent duplicate's claim waits on this transaction's uncommitted key row, then replays its answer.
     */
    void atomically(IdempotentRequest idempotent, HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws IOException, ServletException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        TransactionStatus tx = transactions.getTransaction(TransactionDefinition.withDefaults());
        boolean commit = false;
        try {
            Optional<KeyRecord> holder = claim(idempotent);
            if (holder.isPresent()) {
                answers.existing(holder.get(), idempotent, response);
                return;
            }
            chain.doFilter(request, buffered);
            if (successful(buffered.getStatus())) {
                keys.complete(idempotent.callerId(), idempotent.key(), IdempotencyAnswers.capture(buffered));
                commit = true;
            }
        } finally {
            // Axon never rolls back a transaction it joined: a refused command's partial writes go with this rollback
            if (!commit) {
                transactions.rollback(tx);
            }
        }
        if (commit && !committed(tx, response)) {
            return;
        }
        buffered.copyBodyToResponse();
    }

    /** Nothing of the buffered answer has left yet, so a failed commit can still become a plain 500 problem. */
    private boolean committed(TransactionStatus tx, HttpServletResponse response) throws IOException {
        try {
            transactions.commit(tx);
            return true;
        } catch (TransactionException failed) {
            log.error("Commit of an idempotent write failed; nothing was stored", failed);
            response.reset();
            answers.commitFailed(response);
            return false;
        }
    }

    /**
     * For requests that must not run in one transaction (bulk: each item commits on its own, see {@code BulkWrites}):
     * the key is claimed and committed as IN_FLIGHT first, completed after. A duplicate meanwhile gets 409 at once.
     * If the process dies in between, the key stays IN_FLIGHT until it expires: retries get 409, never a second run.
     */
    void claimFirst(IdempotentRequest idempotent, HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws IOException, ServletException {
        Optional<KeyRecord> holder = transaction.execute(status -> claim(idempotent));
        if (holder.isPresent()) {
            answers.existing(holder.get(), idempotent, response);
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(request, buffered);
            if (successful(buffered.getStatus())) {
                keys.complete(idempotent.callerId(), idempotent.key(), IdempotencyAnswers.capture(buffered));
                completed = true;
            }
        } finally {
            if (!completed) {
                keys.release(idempotent.callerId(), idempotent.key());
            }
        }
        buffered.copyBodyToResponse();
    }

    private Optional<KeyRecord> claim(IdempotentRequest idempotent) {
        return keys.claim(idempotent.callerId(), idempotent.key(), idempotent.fingerprint(), properties.ttl(),
                properties.inFlightWait());
    }

    private static boolean successful(int status) {
        return HttpStatusCode.valueOf(status).is2xxSuccessful();
    }
}
