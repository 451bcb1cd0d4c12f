package com.catalog.engines;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A single-node Elasticsearch from the cached distribution, security off, bound to 127.0.0.1.
 * As root it runs as {@link ServiceUser#NAME}, because Elasticsearch refuses root.
 */
public final class ElasticsearchEngine {

    /** First start on 2 cores takes 17-30 s. */
    private static final Duration READY_TIMEOUT = Overrides.readyTimeout(Duration.ofSeconds(120));

    private final HostPort address;
    private final ChildProcess process;

    private ElasticsearchEngine(HostPort address, ChildProcess process) {
        this.address = address;
        this.process = process;
    }

    /**
     * @param instance holds this node's data, logs and tmp; keep it to keep the indices
     */
    public static ElasticsearchEngine start(HostPort address, Path cache, Path instance, Path logs) {
        if (address.isListening()) {
            if (healthy(address)) {
                EngineLog.say("Elasticsearch already running on %s: reusing it", address);
                return new ElasticsearchEngine(address, null);
            }
            throw new IllegalStateException("port " + address + " is taken by something that is not a healthy Elasticsearch");
        }
        long started = System.nanoTime();
        Path home = ElasticsearchDistribution.install(cache);
        Path data = EngineDirs.create(instance.resolve("data"));
        Path esLogs = EngineDirs.create(instance.resolve("logs"));
        Path tmp = EngineDirs.create(instance.resolve("tmp"));
        if (ServiceUser.isRoot()) {
            EngineLog.say("running as root: Elasticsearch will run as user %s", ServiceUser.NAME);
            ServiceUser.prepare(home, instance);
        }
        List<String> arguments = new ArrayList<>(List.of(
                home.resolve("bin/elasticsearch").toString(),
                "-Ediscovery.type=single-node",
                "-Enetwork.host=" + address.host(),
                "-Ehttp.port=" + address.port(),
                // a random transport port: parallel test JVMs each run their own node
                "-Etransport.port=0",
                "-Expack.security.enabled=false",
                "-Epath.data=" + data,
                "-Epath.logs=" + esLogs,
                "-Ecluster.name=catalog-local",
                // a nearly full dev disk must not turn indices read-only
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        // the shard request cache (facets of repeated searches) is 1 % of the heap by default: a benchmark raises it
        String requestCache = Overrides.string("catalog.engines.elasticsearch.request-cache-size", "CATALOG_ES_REQUEST_CACHE_SIZE", "");
        if (!requestCache.isEmpty()) {
            arguments.add("-Eindices.requests.cache.size=" + requestCache);
        }
        List<String> command = ServiceUser.command(arguments);
        String heap = Overrides.string("catalog.engines.elasticsearch.heap", "CATALOG_ES_HEAP", "512m");
        Map<String, String> env = Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap,
                "ES_TMPDIR", tmp.toString());
        Path log = logs.resolve("elasticsearch-" + address.port() + ".log");
        EngineLog.say("starting Elasticsearch on %s, data in %s", address, data);
        ChildProcess process = ChildProcess.start("Elasticsearch", command, env, instance, log);
        ElasticsearchEngine engine = new ElasticsearchEngine(address, process);
        ShutdownSequence.register("Elasticsearch", engine::stop);
        process.awaitReady("healthy", READY_TIMEOUT, () -> healthy(address));
        EngineLog.say("Elasticsearch ready on %s in %d ms", address, (System.nanoTime() - started) / 1_000_000);
        return engine;
    }

    public String url() {
        return address.httpUrl();
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            EngineLog.say("stopping Elasticsearch on %s", address);
            process.stop(Duration.ofSeconds(30));
        }
    }

    /** GET / answers 405 in this distribution: cluster health is the reliable probe. */
    private static boolean healthy(HostPort address) {
        return HttpProbe.status(address.httpUrl() + "/_cluster/health?wait_for_status=yellow&timeout=1s") == 200;
    }
}
