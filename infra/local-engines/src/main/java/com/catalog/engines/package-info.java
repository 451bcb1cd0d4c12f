/**
 * Real engines on a machine without Docker: PostgreSQL (the machine's or zonky's embedded one),
 * Kafka in KRaft mode (a child JVM) and Elasticsearch (the cached distribution, run as the
 * unprivileged user {@code catalog-engines} when we are root), plus dev JWTs and the two apps as
 * processes.
 *
 * <p>Entry points: {@link com.catalog.engines.TestEngines} (apps' integration tests),
 * {@link com.catalog.engines.CatalogSystem} (system tests, the run command) and
 * {@link com.catalog.engines.CatalogLauncher} (main of {@code java -jar local-engines-*.jar}).
 *
 * <p>Overrides (system property, else environment variable):
 * <ul>
 * <li>{@code catalog.engines.cache} / {@code CATALOG_ENGINES_CACHE}: default
 *     {@code ~/.cache/catalog-engines}, as root {@code /var/tmp/catalog-engines}</li>
 * <li>{@code catalog.engines.postgres.host|port|user|password|database} /
 *     {@code CATALOG_PG_HOST|PORT|USER|PASSWORD|DATABASE}</li>
 * <li>{@code catalog.engines.kafka.port|controller-port} / {@code CATALOG_KAFKA_PORT|CONTROLLER_PORT}</li>
 * <li>{@code catalog.engines.elasticsearch.port|zip} / {@code CATALOG_ES_PORT|ZIP}</li>
 * <li>{@code catalog.engines.elasticsearch.heap} / {@code CATALOG_ES_HEAP}: default {@code 512m};
 *     {@code catalog.engines.elasticsearch.request-cache-size} / {@code CATALOG_ES_REQUEST_CACHE_SIZE}: the shard
 *     request cache ({@code indices.requests.cache.size}, e.g. {@code 10%}), Elasticsearch's default if unset</li>
 * <li>{@code catalog.command.port|jar}, {@code catalog.query.port|jar} /
 *     {@code CATALOG_COMMAND_PORT|JAR}, {@code CATALOG_QUERY_PORT|JAR}; {@code catalog.root} /
 *     {@code CATALOG_ROOT}</li>
 * </ul>
 */
package com.catalog.engines;
