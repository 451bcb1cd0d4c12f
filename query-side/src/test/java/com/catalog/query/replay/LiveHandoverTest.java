package com.catalog.query.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.common.Registration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The hand-over between replicas through the real PostgreSQL table: a standing request stops the other replica's
 * processor, a withdrawn one starts it again, and the request of a replica that died (no longer renewed) does not
 * keep the others' projection stopped.
 */
class LiveHandoverTest {

    private static final long POLL_MILLIS = 100;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static JdbcClient jdbc;

    @BeforeAll
    static void database() {
        PostgresDatabase db = TestEngines.newDatabase();
        jdbc = JdbcClient.create(new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password()));
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS read").update();
        jdbc.sql("""
                CREATE TABLE read.projection_handover (processor_name VARCHAR(255) PRIMARY KEY,
                    requested_by VARCHAR(255) NOT NULL, requested_at TIMESTAMPTZ NOT NULL)""").update();
    }

    @Test
    void a_standing_request_stops_the_other_replicas_processor_and_its_withdrawal_starts_it_again() {
        Processor other = new Processor("product-details");
        try (LiveHandover requester = new LiveHandover(jdbc, name -> Optional.empty(), POLL_MILLIS);
             LiveHandover otherReplica = new LiveHandover(jdbc, other::named, POLL_MILLIS)) {
            requester.request("product-details");
            await(() -> !other.isRunning());

            requester.withdraw("product-details");
            await(other::isRunning);
        }
    }

    @Test
    void the_request_of_a_replica_that_died_no_longer_keeps_the_others_stopped() {
        Processor other = new Processor("product-search");
        LiveHandover requester = new LiveHandover(jdbc, name -> Optional.empty(), POLL_MILLIS);
        try (LiveHandover otherReplica = new LiveHandover(jdbc, other::named, POLL_MILLIS)) {
            requester.request("product-search");
            await(() -> !other.isRunning());

            requester.close(); // dies: no withdrawal, no more renewals
            jdbc.sql("UPDATE read.projection_handover SET requested_at = now() - interval '1 hour' "
                    + "WHERE processor_name = 'product-search'").update();
            await(other::isRunning);
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not reached within " + PATIENCE).isLessThan(deadline);
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Another replica's live processor, as far as the hand-over sees it: a name that runs or not. */
    private static final class Processor implements EventProcessor {
        private final String name;
        private volatile boolean running = true;

        Processor(String name) {
            this.name = name;
        }

        Optional<EventProcessor> named(String requested) {
            return requested.equals(name) ? Optional.of(this) : Optional.empty();
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public List<MessageHandlerInterceptor<? super EventMessage<?>>> getHandlerInterceptors() {
            return List.of();
        }

        @Override
        public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super EventMessage<?>> interceptor) {
            return () -> true;
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void shutDown() {
            running = false;
        }

        @Override
        public CompletableFuture<Void> shutdownAsync() {
            shutDown();
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public boolean isError() {
            return false;
        }
    }
}
