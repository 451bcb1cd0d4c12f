package com.catalog.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The whole system on one machine: PostgreSQL, Kafka and Elasticsearch, then the command side,
 * the query side and the gateway in front of both as real processes. {@link #forTests()} isolates everything on free ports
 * (a fresh database per system; Kafka and Elasticsearch shared within the JVM, see
 * {@link TestEngines}); {@link #forRun()} uses the well-known ports and keeps data between runs.
 */
public final class CatalogSystem {

    /** DEV ONLY: the first admin the command side creates at its first start (issue 3); override by env. */
    public static final String DEV_ADMIN_EMAIL = "admin@catalog.local";
    public static final String DEV_ADMIN_PASSWORD = "catalog-admin-dev";

    private final boolean forRun;
    private final List<String> commandSideArgs = new ArrayList<>();
    private final List<String> querySideArgs = new ArrayList<>();
    private final List<String> everyAppArgs = new ArrayList<>();
    private PostgresDatabase database;
    private String kafkaBootstrapServers;
    private String elasticsearchUrl;
    private DevJwtIssuer jwt;
    private AppProcess commandSide;
    private AppProcess querySide;
    private AppProcess gateway;

    private CatalogSystem(boolean forRun) {
        this.forRun = forRun;
    }

    public static CatalogSystem forTests() {
        return new CatalogSystem(false);
    }

    public static CatalogSystem forRun() {
        return new CatalogSystem(true);
    }

    /** Extra {@code --key=value} arguments for the command side; call before {@link #start()}. */
    public CatalogSystem withCommandSideArgs(String... args) {
        commandSideArgs.addAll(List.of(args));
        return this;
    }

    public CatalogSystem withQuerySideArgs(String... args) {
        querySideArgs.addAll(List.of(args));
        return this;
    }

    /** Extra {@code --key=value} arguments for the command side, the query side and the gateway alike. */
    public CatalogSystem withEveryAppArgs(String... args) {
        everyAppArgs.addAll(List.of(args));
        return this;
    }

    public CatalogSystem start() {
        startEngines();
        Path logs = logs();
        String version = BuildInfo.catalogVersion();
        Path root = RepositoryRoot.find();
        List<String> commandArgs = new ArrayList<>(List.of(
                "--catalog.identity.bootstrap-admin.email=" + adminEmail(),
                "--catalog.identity.bootstrap-admin.password=" + adminPassword()));
        if (forRun) {
            // dev profile: the verification and reset messages can be read at /api/v1/dev/notifications
            commandArgs.add("--spring.profiles.active=dev");
        } else {
            // system tests and benchmarks drive thousands of requests from 127.0.0.1; the limits have their own tests
            commandArgs.add("--catalog.security.rate-limit.enabled=false");
        }
        commandArgs.addAll(everyAppArgs);
        commandArgs.addAll(commandSideArgs);
        commandSide = AppProcess.start("command-side",
                jar("catalog.command.jar", "CATALOG_COMMAND_JAR", root.resolve("command-side/target/command-side-" + version + "-exec.jar")),
                appPort("catalog.command.port", "CATALOG_COMMAND_PORT", 8081), appArgs(commandArgs), logs);
        // the query side trusts the command side's own tokens through its JWKS, next to the dev key
        List<String> queryArgs = new ArrayList<>(List.of(
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + commandSide.baseUrl() + "/.well-known/jwks.json"));
        queryArgs.addAll(edgeLimitArgs());
        queryArgs.addAll(everyAppArgs);
        queryArgs.addAll(querySideArgs);
        querySide = AppProcess.start("query-side",
                jar("catalog.query.jar", "CATALOG_QUERY_JAR", root.resolve("query-side/target/query-side-" + version + "-exec.jar")),
                appPort("catalog.query.port", "CATALOG_QUERY_PORT", 8082), appArgs(queryArgs), logs);
        gateway = AppProcess.start("gateway",
                jar("catalog.gateway.jar", "CATALOG_GATEWAY_JAR", root.resolve("infra/gateway/target/gateway-" + version + "-exec.jar")),
                appPort("catalog.gateway.port", "CATALOG_GATEWAY_PORT", 8080),
                gatewayArgs(), logs);
        return this;
    }

    /** Engines only (also what {@link #start()} does first). */
    public CatalogSystem startEngines() {
        if (database != null) {
            return this;
        }
        if (forRun) {
            RunEngines engines = RunEngines.start();
            database = engines.database();
            kafkaBootstrapServers = engines.kafkaBootstrapServers();
            elasticsearchUrl = engines.elasticsearchUrl();
            jwt = engines.jwt();
        } else {
            // Elasticsearch is the slow one: let it boot while PostgreSQL and Kafka come up
            CompletableFuture<String> elasticsearch = CompletableFuture.supplyAsync(TestEngines::elasticsearchUrl);
            database = TestEngines.newDatabase(); // each system starts from an empty event store
            kafkaBootstrapServers = TestEngines.kafkaBootstrapServers();
            jwt = TestEngines.jwt();
            elasticsearchUrl = RunEngines.join(elasticsearch);
        }
        return this;
    }

    /**
     * Stops the gateway and both apps. The engines stay up for the rest of the JVM (other test classes may share
     * them) and stop on JVM exit, after the apps.
     */
    public void stop() {
        if (gateway != null) {
            gateway.stop();
        }
        if (querySide != null) {
            querySide.stop();
        }
        if (commandSide != null) {
            commandSide.stop();
        }
    }

    public String commandSideUrl() {
        return commandSide.baseUrl();
    }

    public String querySideUrl() {
        return querySide.baseUrl();
    }

    /** The single base URL clients use: reads go on to the query side, writes to the command side. */
    public String gatewayUrl() {
        return gateway.baseUrl();
    }

    public AppProcess gateway() {
        return gateway;
    }

    public AppProcess commandSide() {
        return commandSide;
    }

    public AppProcess querySide() {
        return querySide;
    }

    public PostgresDatabase database() {
        return database;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    public DevJwtIssuer jwt() {
        return jwt;
    }

    /** The bootstrap admin's email: {@code CATALOG_BOOTSTRAP_ADMIN_EMAIL}, else the dev default. */
    public String adminEmail() {
        return Overrides.string("catalog.bootstrap-admin.email", "CATALOG_BOOTSTRAP_ADMIN_EMAIL", DEV_ADMIN_EMAIL);
    }

    public String adminPassword() {
        return Overrides.string("catalog.bootstrap-admin.password", "CATALOG_BOOTSTRAP_ADMIN_PASSWORD", DEV_ADMIN_PASSWORD);
    }

    public Path logs() {
        return forRun ? EngineDirs.forRun().logs() : EngineDirs.forTests().logs();
    }

    private List<String> appArgs(List<String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers,
                "--spring.elasticsearch.uris=" + elasticsearchUrl,
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + jwt.publicKeyLocation()));
        if (!forRun) {
            // system tests run several systems in one JVM's lifetime next to other test JVMs: hold few idle connections
            args.add("--spring.datasource.hikari.minimum-idle=2");
        }
        args.addAll(extra);
        return args;
    }

    /** The gateway reaches both apps and keeps its edge rate limit's counters in the system's database. */
    private List<String> gatewayArgs() {
        List<String> args = new ArrayList<>(List.of(
                "--catalog.gateway.command-side-uri=" + commandSide.baseUrl(),
                "--catalog.gateway.query-side-uri=" + querySide.baseUrl(),
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()));
        args.addAll(edgeLimitArgs());
        args.addAll(everyAppArgs);
        return args;
    }

    /**
     * System tests and benchmarks send everything from 127.0.0.1: the per-IP limit of the query side and the gateway
     * stays on (its cost is part of what they measure) but out of reach; the limits have their own tests.
     */
    private List<String> edgeLimitArgs() {
        return forRun ? List.of() : List.of("--catalog.security.rate-limit.requests-per-minute-per-ip=100000000");
    }

    private int appPort(String property, String env, int runDefault) {
        return forRun ? Overrides.port(property, env, runDefault) : HostPort.freeLocal().port();
    }

    private static Path jar(String property, String env, Path fallback) {
        Path jar = Path.of(Overrides.string(property, env, fallback.toString()));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("app jar not found: " + jar + " (build it first: ./mvnw -B -q install -DskipTests)");
        }
        return jar;
    }
}
