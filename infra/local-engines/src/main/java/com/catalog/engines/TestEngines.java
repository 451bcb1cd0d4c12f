package com.catalog.engines;

import java.util.UUID;

/**
 * Engines for the apps' integration tests: each starts on first use, once per JVM, on free ports
 * with temp dirs, so a test class pays only for the engines it touches. One lock per engine, so
 * Kafka and Elasticsearch can start in parallel.
 */
public final class TestEngines {

    private static final Object POSTGRES = new Object();
    private static final Object KAFKA = new Object();
    private static final Object ELASTICSEARCH = new Object();
    private static final Object JWT = new Object();

    private static PostgresEngine postgresEngine;
    private static PostgresDatabase postgres;
    private static KafkaEngine kafka;
    private static ElasticsearchEngine elasticsearch;
    private static DevJwtIssuer jwt;

    private TestEngines() {
    }

    /** This JVM's database {@code catalog_test_<random>}, on the machine's or an embedded PostgreSQL. */
    public static PostgresDatabase postgres() {
        synchronized (POSTGRES) {
            if (postgres == null) {
                postgres = newDatabase();
            }
            return postgres;
        }
    }

    /** Another fresh database on the same server, for tests that must not see earlier data. */
    public static PostgresDatabase newDatabase() {
        synchronized (POSTGRES) {
            if (postgresEngine == null) {
                postgresEngine = PostgresEngine.start(EngineDirs.forTests().dir("postgres"), false, true);
            }
            PostgresEngine engine = postgresEngine;
            String name = "catalog_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            PostgresDatabase database = engine.createDatabase(name);
            if (!engine.isEmbedded()) { // an embedded server's temp data dir goes away as a whole
                ShutdownSequence.register("test database " + name, () -> engine.dropDatabase(name));
            }
            return database;
        }
    }

    public static String kafkaBootstrapServers() {
        synchronized (KAFKA) {
            if (kafka == null) {
                EngineDirs dirs = EngineDirs.forTests();
                HostPort address = portOrFree("catalog.engines.kafka.port", "CATALOG_KAFKA_PORT");
                kafka = KafkaEngine.start(address, HostPort.freeLocal(), dirs.dir("kafka-" + address.port()), dirs.logs());
            }
            return kafka.bootstrapServers();
        }
    }

    /**
     * A broker of its own on free ports, for a test that stops and restarts Kafka ({@link KafkaEngine#stop()},
     * {@link KafkaEngine#restart()}) without disturbing the other tests of this JVM, which share
     * {@link #kafkaBootstrapServers()}.
     */
    public static KafkaEngine newKafka() {
        EngineDirs dirs = EngineDirs.forTests();
        HostPort address = HostPort.freeLocal();
        return KafkaEngine.start(address, HostPort.freeLocal(), dirs.dir("kafka-" + address.port()), dirs.logs());
    }

    public static String elasticsearchUrl() {
        synchronized (ELASTICSEARCH) {
            if (elasticsearch == null) {
                EngineDirs dirs = EngineDirs.forTests();
                HostPort address = portOrFree("catalog.engines.elasticsearch.port", "CATALOG_ES_PORT");
                elasticsearch = ElasticsearchEngine.start(address, dirs.cache(), dirs.dir("elasticsearch-" + address.port()), dirs.logs());
            }
            return elasticsearch.url();
        }
    }

    /** Signs test tokens; the apps read its public key from {@link DevJwtIssuer#publicKeyLocation()}. */
    public static DevJwtIssuer jwt() {
        synchronized (JWT) {
            if (jwt == null) {
                jwt = DevJwtIssuer.ephemeral(EngineDirs.forTests().dir("dev-jwt"));
            }
            return jwt;
        }
    }

    /** An explicitly configured port wins (and may be reused); otherwise a free one. */
    private static HostPort portOrFree(String property, String env) {
        int port = Overrides.port(property, env, 0);
        return port == 0 ? HostPort.freeLocal() : HostPort.local(port);
    }
}
