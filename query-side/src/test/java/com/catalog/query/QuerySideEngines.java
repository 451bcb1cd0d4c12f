package com.catalog.query;

import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the app at the real engines of this test JVM and creates command-side's event store tables. */
public final class QuerySideEngines {

    private QuerySideEngines() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        PostgresDatabase db = TestEngines.postgres();
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
