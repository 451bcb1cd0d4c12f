package com.catalog.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spring Boot app as a child JVM, as it runs in production: its own process, killable and
 * restartable, so system tests can crash it mid-flight and watch it catch up.
 */
public final class AppProcess {

    private static final Duration READY_TIMEOUT = Overrides.readyTimeout(Duration.ofSeconds(120));
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    /**
     * The apps' JVM options. Tests keep the default: C1 only and a small heap, for fast starts of many JVMs on a
     * small machine. A benchmark passes production-like options ({@code -Dcatalog.engines.app-jvm-options=-Xmx1g},
     * full tiered JIT), as the default handicaps the app against engines that run with full JIT.
     */
    static final String DEFAULT_JVM_OPTIONS = "-Xmx384m -XX:TieredStopAtLevel=1";

    private final String name;
    private final Path jar;
    private final HostPort address;
    private final List<String> args;
    private final Path log;
    private ChildProcess process;

    private AppProcess(String name, Path jar, HostPort address, List<String> args, Path log) {
        this.name = name;
        this.jar = jar;
        this.address = address;
        this.args = List.copyOf(args);
        this.log = log;
    }

    /** Starts the jar on {@code port} and waits until /actuator/health answers 200. */
    public static AppProcess start(String name, Path jar, int port, List<String> args, Path logs) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " jar not found: " + jar + " (build it first: ./mvnw -B -q install -DskipTests)");
        }
        AppProcess app = new AppProcess(name, jar, HostPort.local(port), args, logs.resolve(name + "-" + port + ".log"));
        ShutdownSequence.register(name, app::stop);
        app.launch();
        return app;
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return address.httpUrl();
    }

    public int port() {
        return address.port();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Graceful: SIGTERM, wait for Spring's shutdown, SIGKILL only if it hangs. */
    public void stop() {
        if (isAlive()) {
            EngineLog.say("stopping %s (pid %d)", name, process.pid());
            process.stop(STOP_GRACE);
        }
    }

    /** SIGKILL: a crash, no shutdown hooks, no flushing. */
    public void kill() {
        if (isAlive()) {
            EngineLog.say("killing %s (pid %d)", name, process.pid());
            process.kill();
        }
    }

    /** Stops (if still running) and starts again with the same port and arguments. */
    public AppProcess restart() {
        stop();
        launch();
        return this;
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions());
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true",
                "-jar", jar.toString(), "--server.port=" + address.port()));
        command.addAll(args);
        long started = System.nanoTime();
        EngineLog.say("starting %s on %s from %s", name, address, jar.getFileName());
        process = ChildProcess.start(name, command, Map.of("AXONIQ_UPDATE_CHECKER_DISABLED", "true"), jar.getParent(), log);
        process.awaitReady("healthy", READY_TIMEOUT, () -> HttpProbe.status(baseUrl() + "/actuator/health") == 200);
        EngineLog.say("%s healthy on %s in %d ms", name, baseUrl(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * {@code catalog.engines.app-jvm-options} (or {@code CATALOG_APP_JVM_OPTIONS}): space-separated JVM options for
     * every app, read at each launch, replacing {@link #DEFAULT_JVM_OPTIONS}.
     */
    static List<String> jvmOptions() {
        String options = Overrides.string("catalog.engines.app-jvm-options", "CATALOG_APP_JVM_OPTIONS", DEFAULT_JVM_OPTIONS);
        return List.of(options.trim().split("\\s+"));
    }
}
