package com.catalog.engines;

import java.util.UUID;

/**
 * Engines for the apps' integration tests: each starts on first use, once per JVM, on free ports
 * with temp dirs, so a test class pays only for the engines it touches.
 */
public final class TestEngines {

    private static PostgresDatabase postgres;
    private static KafkaEngine kafka;
    private static ElasticsearchEngine elasticsearch;
    private static DevJwtIssuer jwt;

    private TestEngines() {
    }

    /** A fresh database {@code catalog_test_<random>} on the machine's or an embedded PostgreSQL. */
    public static synchronized PostgresDatabase postgres() {
        if (postgres == null) {
            EngineDirs dirs = EngineDirs.forTests();
            PostgresEngine engine = PostgresEngine.start(dirs.dir("postgres"), false, true);
            String name = "catalog_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            postgres = engine.createDatabase(name);
            if (!engine.isEmbedded()) { // an embedded server's temp data dir goes away as a whole
                ShutdownSequence.register("test database " + name, () -> engine.dropDatabase(name));
            }
        }
        return postgres;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            EngineDirs dirs = EngineDirs.forTests();
            HostPort address = portOrFree("catalog.engines.kafka.port", "CATALOG_KAFKA_PORT");
            kafka = KafkaEngine.start(address, HostPort.freeLocal(), dirs.dir("kafka-" + address.port()), dirs.logs());
        }
        return kafka.bootstrapServers();
    }

    public static synchronized String elasticsearchUrl() {
        if (elasticsearch == null) {
            EngineDirs dirs = EngineDirs.forTests();
            HostPort address = portOrFree("catalog.engines.elasticsearch.port", "CATALOG_ES_PORT");
            elasticsearch = ElasticsearchEngine.start(address, dirs.cache(), dirs.dir("elasticsearch-" + address.port()), dirs.logs());
        }
        return elasticsearch.url();
    }

    /** Signs test tokens; the apps read its public key from {@link DevJwtIssuer#publicKeyLocation()}. */
    public static synchronized DevJwtIssuer jwt() {
        if (jwt == null) {
            jwt = DevJwtIssuer.ephemeral(EngineDirs.forTests().dir("dev-jwt"));
        }
        return jwt;
    }

    /** An explicitly configured port wins (and may be reused); otherwise a free one. */
    private static HostPort portOrFree(String property, String env) {
        int port = Overrides.port(property, env, 0);
        return port == 0 ? HostPort.freeLocal() : HostPort.local(port);
    }
}
