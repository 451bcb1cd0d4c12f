package com.catalog.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example engines (CloudNativePG, Strimzi, ECK) create the Services, databases, topics and Secrets the apps'
 * configuration names, at the versions the tests run against.
 */
class EngineExamplesTest {

    private static final Pattern TOPIC_CONSTANT = Pattern.compile("TOPIC = \"([^\"]+)\"");

    private static Manifests apps;
    private static Manifests engines;
    private static Map<String, Object> config;

    @BeforeAll
    static void parse() {
        apps = Manifests.base();
        engines = Manifests.engines();
        config = Yamls.map(apps.named("ConfigMap", "catalog-config"), "data");
    }

    @Test
    void theApplicationsDatabaseIsTheCloudNativePgClustersPrimary() {
        Map<String, Object> cluster = engines.named("Cluster", "catalog-db");
        URI url = URI.create(config.get("SPRING_DATASOURCE_URL").toString().substring("jdbc:".length()));

        assertThat(url.getHost()).isEqualTo(Yamls.string(cluster, "metadata", "name") + "-rw");
        assertThat(url.getPath()).isEqualTo("/" + Yamls.string(cluster, "spec", "bootstrap", "initdb", "database"));
        String ownerSecret = Yamls.string(cluster, "spec", "bootstrap", "initdb", "secret", "name");
        // the gateway keeps its edge rate limit's counters there too
        for (String app : new String[] {"command-side", "query-side", "gateway"}) {
            Map<String, Object> deployment = apps.named("Deployment", app);
            assertThat(Deployments.secretOf(deployment, "SPRING_DATASOURCE_USERNAME")).isEqualTo(ownerSecret);
            assertThat(Deployments.secretOf(deployment, "SPRING_DATASOURCE_PASSWORD")).isEqualTo(ownerSecret);
        }
    }

    @Test
    void kafkaIsTheStrimziClustersBootstrapAndTheTopicHasTheShapeTheQuerySideExpects() throws Exception {
        Map<String, Object> kafka = engines.named("Kafka", "catalog");
        String name = Yamls.string(kafka, "metadata", "name");
        Map<String, Object> listener = Yamls.list(kafka, "spec", "kafka", "listeners").get(0);

        assertThat(config.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(name + "-kafka-bootstrap:" + listener.get("port"));
        assertThat(engines.ofKind("KafkaNodePool")).allSatisfy(pool ->
                assertThat(Yamls.string(pool, "metadata", "labels", "strimzi.io/cluster")).isEqualTo(name));
        Set<String> topics = topicsOfTheIntegrationContract();
        for (Map<String, Object> topic : engines.ofKind("KafkaTopic")) {
            assertThat(topics).contains(Yamls.string(topic, "metadata", "name"));
            assertThat(Yamls.string(topic, "metadata", "labels", "strimzi.io/cluster")).isEqualTo(name);
            assertThat(Yamls.string(topic, "spec", "partitions")).isEqualTo(config.get("CATALOG_INTEGRATION_TOPIC_PARTITIONS"));
            assertThat(Yamls.string(topic, "spec", "replicas")).isEqualTo(config.get("CATALOG_INTEGRATION_TOPIC_REPLICAS"));
            // acks=all keeps accepting writes with one broker down
            int replicas = ((Number) Yamls.at(topic, "spec", "replicas")).intValue();
            assertThat(((Number) Yamls.at(topic, "spec", "config", "min.insync.replicas")).intValue()).isLessThan(replicas);
        }
        // every topic of the contract exists before the apps start, with the operator's settings, not broker defaults
        assertThat(engines.names("KafkaTopic")).containsExactlyInAnyOrderElementsOf(topics);
    }

    /** The state topic keeps the latest state per product forever, and a tombstone as long as the discontinue. */
    @Test
    void theProductStateTopicIsCompactedAndKeepsTombstonesAsLongAsTheEventTopicKeepsEvents() {
        Map<String, Object> state = engines.named("KafkaTopic", "catalog.product-state.v1");
        Map<String, Object> events = engines.named("KafkaTopic", "catalog.product.v1");

        assertThat(Yamls.string(state, "spec", "config", "cleanup.policy")).isEqualTo("compact");
        long deleteRetention = ((Number) Yamls.at(state, "spec", "config", "delete.retention.ms")).longValue();
        long eventRetention = ((Number) Yamls.at(events, "spec", "config", "retention.ms")).longValue();
        assertThat(deleteRetention).isGreaterThanOrEqualTo(eventRetention);
    }

    @Test
    void searchIsTheEckClusterAtTheVersionTheTestsRunAgainst() {
        Map<String, Object> elasticsearch = engines.named("Elasticsearch", "catalog");
        String name = Yamls.string(elasticsearch, "metadata", "name");
        URI uri = URI.create(config.get("SPRING_ELASTICSEARCH_URIS").toString());

        assertThat(uri.getHost()).isEqualTo(name + "-es-http");
        assertThat(uri.getPort()).isEqualTo(9200);
        assertThat(uri.getScheme()).isEqualTo(
                Yamls.has(elasticsearch, "spec", "http", "tls", "selfSignedCertificate", "disabled") ? "http" : "https");
        assertThat(Yamls.string(elasticsearch, "spec", "version"))
                .isEqualTo(RepositoryFiles.pomElement(RepositoryFiles.ROOT.resolve("pom.xml"), "elasticsearch.server.version"));
        assertThat(Deployments.secretOf(apps.named("Deployment", "query-side"), "SPRING_ELASTICSEARCH_PASSWORD"))
                .isEqualTo(name + "-es-elastic-user");
        assertThat(config.get("SPRING_ELASTICSEARCH_USERNAME")).isEqualTo("elastic");
    }

    /** The topics named by {@code TOPIC = "…"} constants of the public integration events in shared-events. */
    private static Set<String> topicsOfTheIntegrationContract() throws Exception {
        Path events = RepositoryFiles.ROOT.resolve("shared-events/src/main/java");
        try (Stream<Path> files = Files.walk(events)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(RepositoryFiles::read)
                    .flatMap(source -> TOPIC_CONSTANT.matcher(source).results().map(m -> m.group(1)))
                    .collect(Collectors.toSet());
        }
    }
}
