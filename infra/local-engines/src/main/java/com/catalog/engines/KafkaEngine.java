package com.catalog.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft broker (broker + controller in one) in a child JVM, built from the
 * kafka_2.13 jars whose classpath Maven recorded at build time.
 */
public final class KafkaEngine {

    private static final Duration READY_TIMEOUT = Overrides.readyTimeout(Duration.ofSeconds(60));

    private final HostPort address;
    private final ChildProcess process;
    private final Restart restart;

    private KafkaEngine(HostPort address, ChildProcess process, Restart restart) {
        this.address = address;
        this.process = process;
        this.restart = restart;
    }

    /**
     * @param home holds server.properties and the data ({@code home/data}); reused when already formatted
     */
    public static KafkaEngine start(HostPort address, HostPort controller, Path home, Path logs) {
        if (address.isListening()) {
            if (respondsWithin(address, Duration.ofSeconds(10))) {
                EngineLog.say("Kafka already running on %s: reusing it", address);
                return new KafkaEngine(address, null, null);
            }
            throw new IllegalStateException("port " + address + " is taken by something that is not Kafka");
        }
        long started = System.nanoTime();
        Path data = EngineDirs.create(home.resolve("data"));
        Path config = writeConfig(home, data, address, controller);
        Path log = logs.resolve("kafka-" + address.port() + ".log");
        if (!Files.exists(data.resolve("meta.properties"))) {
            EngineLog.say("formatting Kafka storage in %s", data);
            format(config, home, log);
        }
        EngineLog.say("starting Kafka (KRaft) on %s, data in %s", address, data);
        ChildProcess process = ChildProcess.start("Kafka", java("kafka.Kafka", config.toString()), Map.of(), home, log);
        KafkaEngine engine = new KafkaEngine(address, process, new Restart(controller, home, logs));
        ShutdownSequence.register("Kafka", engine::stop);
        // an AdminClient starts connecting as soon as it exists and warns on every refusal:
        // create it only once the broker says it is up
        process.awaitReady("started", READY_TIMEOUT, () -> process.logContains("Kafka Server started"));
        try (Admin admin = admin(address, Duration.ofSeconds(3))) {
            process.awaitReady("ready", READY_TIMEOUT, () -> responds(admin, Duration.ofSeconds(3)));
        }
        EngineLog.say("Kafka ready on %s in %d ms", address, (System.nanoTime() - started) / 1_000_000);
        return engine;
    }

    public String bootstrapServers() {
        return address.toString();
    }

    /**
     * Starts this broker again after {@link #stop()}, on the same ports with the same data directory, as an
     * operator's broker restart would: topics, offsets and records survive. For tests of a Kafka outage.
     */
    public KafkaEngine restart() {
        if (restart == null) {
            throw new IllegalStateException("Kafka on " + address + " was not started here, so it cannot be restarted");
        }
        return start(address, restart.controller(), restart.home(), restart.logs());
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            EngineLog.say("stopping Kafka on %s", address);
            process.stop(Duration.ofSeconds(30));
        }
    }

    private static Path writeConfig(Path home, Path data, HostPort address, HostPort controller) {
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://" + address + ",CONTROLLER://" + controller,
                "advertised.listeners=PLAINTEXT://" + address,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "controller.quorum.voters=1@" + controller,
                "log.dirs=" + data,
                // one node: nothing can be replicated, and one offsets partition starts faster
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "offsets.topic.num.partitions=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "");
        Path file = home.resolve("server.properties");
        try {
            return Files.writeString(file, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void format(Path config, Path home, Path log) {
        List<String> command = java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString());
        ChildProcess tool = ChildProcess.start("Kafka StorageTool", command, Map.of(), home, log);
        tool.awaitReady("finished", READY_TIMEOUT, () -> !tool.isAlive() && tool.exitValue() == 0);
    }

    private static List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", BuildInfo.kafkaClasspath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private static boolean respondsWithin(HostPort address, Duration timeout) {
        try (Admin admin = admin(address, timeout)) {
            return responds(admin, timeout);
        }
    }

    /** One client for the whole wait: each new one would log its full configuration again. */
    private static Admin admin(HostPort address, Duration timeout) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address.toString(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis()));
    }

    private static boolean responds(Admin admin, Duration timeout) {
        try {
            admin.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private record Restart(HostPort controller, Path home, Path logs) {
    }
}
