package com.catalog.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A child process whose output goes to a log file, stopped with its whole process tree. */
final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path log;
    /** Where this run's output starts: logs are appended across restarts. */
    private final long logStart;

    private ChildProcess(String name, Process process, Path log, long logStart) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            Process process = builder.start();
            EngineLog.say("%s started (pid %d), output in %s", name, process.pid(), log);
            return new ChildProcess(name, process, log, logStart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /**
     * Polls {@code ready} until it holds; fails early with the log's tail if the process dies,
     * because "timed out" hides the real reason (port taken, bad setting, ...).
     */
    void awaitReady(String what, Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (ready.getAsBoolean()) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before " + what + "; last lines of " + log + ":\n" + tail(40));
            }
            if (System.nanoTime() > deadline) {
                stop(Duration.ofSeconds(10));
                throw new IllegalStateException(name + " not " + what + " within " + timeout.toSeconds()
                        + " s; last lines of " + log + ":\n" + tail(40));
            }
            sleep(250);
        }
    }

    /** SIGTERM to the process and its descendants (wrappers fork), then SIGKILL after {@code grace}. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        while ((process.isAlive() || descendants.stream().anyMatch(ProcessHandle::isAlive)) && System.nanoTime() < deadline) {
            sleep(100);
        }
        if (process.isAlive() || descendants.stream().anyMatch(ProcessHandle::isAlive)) {
            EngineLog.say("%s did not stop within %d s: killing it", name, grace.toSeconds());
            kill();
        }
    }

    /** SIGKILL, no chance to clean up: what a crash looks like. */
    void kill() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether this run (not an earlier one in the same file) has logged {@code text}. */
    boolean logContains(String text) {
        return thisRunsOutput().contains(text);
    }

    String tail(int lines) {
        List<String> all = thisRunsOutput().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private String thisRunsOutput() {
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            channel.position(Math.min(logStart, channel.size()));
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, channel.size() - channel.position()));
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // keep reading
            }
            // lenient decoding: a log may hold partial or non-UTF-8 bytes
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
