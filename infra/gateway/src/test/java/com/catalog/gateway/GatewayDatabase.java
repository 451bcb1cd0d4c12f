package com.catalog.gateway;

import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the gateway at this test JVM's database, where its Flyway creates the edge limit's counters. */
final class GatewayDatabase {

    private GatewayDatabase() {
    }

    static void register(DynamicPropertyRegistry registry) {
        PostgresDatabase database = TestEngines.postgres();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }
}
