package com.catalog.engines;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The engines for the run command: well-known ports, data kept in the engines cache between
 * runs, and whatever already runs on those ports is reused.
 */
record RunEngines(PostgresDatabase database, String kafkaBootstrapServers, String elasticsearchUrl, DevJwtIssuer jwt) {

    static RunEngines start() {
        EngineDirs dirs = EngineDirs.forRun();
        EngineLog.say("engines cache %s, logs in %s", dirs.cache(), dirs.logs());
        PostgresEngine postgres = PostgresEngine.start(dirs.dir("postgres-data"), true, false);
        PostgresDatabase database = postgres.createDatabase(
                Overrides.string("catalog.engines.postgres.database", "CATALOG_PG_DATABASE", "catalog"));
        // Elasticsearch is the slow one: let it boot while Kafka comes up
        CompletableFuture<ElasticsearchEngine> elasticsearch = CompletableFuture.supplyAsync(() -> ElasticsearchEngine.start(
                HostPort.local(Overrides.port("catalog.engines.elasticsearch.port", "CATALOG_ES_PORT", 9200)),
                dirs.cache(), dirs.dir("elasticsearch"), dirs.logs()));
        KafkaEngine kafka = KafkaEngine.start(
                HostPort.local(Overrides.port("catalog.engines.kafka.port", "CATALOG_KAFKA_PORT", 9092)),
                // fixed across restarts: the persistent KRaft log remembers its controller
                HostPort.local(Overrides.port("catalog.engines.kafka.controller-port", "CATALOG_KAFKA_CONTROLLER_PORT", 9093)),
                dirs.dir("kafka"), dirs.logs());
        DevJwtIssuer jwt = DevJwtIssuer.persistent(dirs.dir("dev-jwt"));
        return new RunEngines(database, kafka.bootstrapServers(), join(elasticsearch).url(), jwt);
    }

    /** join() without the CompletionException wrapper, so the real failure reaches the operator. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
