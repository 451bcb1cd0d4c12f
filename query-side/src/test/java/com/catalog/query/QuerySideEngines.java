package com.catalog.query;

import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the app at the real engines of this test JVM, on a database of its own with command-side's event store tables.
 * <p>
 * A database per application context, never one shared by the JVM's contexts: each test context writes a search alias
 * of its own, but the processors' tokens live in PostgreSQL, and Axon's token owner is the JVM's name
 * ({@code pid@host}), the same for every context. Two cached contexts on one database therefore both claimed every
 * segment, both handled every event, and each overwrote the other's token rows: a stored token could say
 * "processed" because the other context had indexed the event into its alias, and a read-your-writes search in this
 * context came back empty (StagedProductReadIntegrationTest in the full suite, never alone).
 */
public final class QuerySideEngines {

    private QuerySideEngines() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        PostgresDatabase db = TestEngines.newDatabase();
        createEventStore(db);
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("spring.kafka.bootstrap-servers", TestEngines::kafkaBootstrapServers);
        registry.add("spring.elasticsearch.uris", TestEngines::elasticsearchUrl);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> TestEngines.jwt().publicKeyLocation());
    }

    private static void createEventStore(PostgresDatabase db) {
        new ResourceDatabasePopulator(new ClassPathResource("event-store-schema.sql"))
                .execute(new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password()));
    }
}
