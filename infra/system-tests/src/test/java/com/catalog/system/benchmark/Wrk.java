package com.catalog.system.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Debian's {@code wrk} (HTTP load generator, {@code -t2 -c32} by default) against one URL with a generated Lua
 * script that varies each request's path or body, and reads its summary: requests per second and the latency
 * distribution ({@code --latency}). Non-2xx answers and socket errors are counted, so a run that was mostly errors
 * cannot pass for a fast one.
 */
final class Wrk {

    private static final String BINARY = System.getProperty("bench.wrk", "/usr/bin/wrk");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");

    private final int threads;
    private final int connections;
    private final Path dir;

    Wrk(int threads, int connections, Path dir) {
        this.threads = threads;
        this.connections = connections;
        this.dir = dir;
    }

    /** One measurement: requests per second, p50 and p99 in ms, and how many answers were not 2xx/3xx or failed. */
    record Result(double perSecond, double p50, double p99, long requests, long failed) {
    }

    /** A script that GETs one of {@code paths}, at random, per request. */
    Path getScript(String name, List<String> paths) throws IOException {
        return script(name, paths, "return wrk.format(\"GET\", items[math.random(n)])");
    }

    /** A script that POSTs one of {@code bodies} (JSON), at random, to {@code path}. */
    Path postScript(String name, String path, List<String> bodies) throws IOException {
        return script(name, bodies, "return wrk.format(\"POST\", \"" + path
                + "\", {[\"Content-Type\"] = \"application/json\"}, items[math.random(n)])");
    }

    Result run(String url, Path script, Duration duration) throws IOException, InterruptedException {
        List<String> command = List.of(BINARY, "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--timeout", "10s", "--latency", "-s", script.toString(), url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk failed: " + String.join(" ", command) + "\n" + output);
        }
        return parse(output);
    }

    static Result parse(String output) {
        Matcher rate = RATE.matcher(output);
        Matcher requests = REQUESTS.matcher(output);
        if (!rate.find() || !requests.find()) {
            throw new IllegalStateException("no wrk summary in:\n" + output);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double millis = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000.0;
                default -> 1.0;
            };
            if (percentile.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        long failed = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            failed += Long.parseLong(non2xx.group(1));
        }
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                failed += Long.parseLong(errors.group(group));
            }
        }
        return new Result(Double.parseDouble(rate.group(1)), p50, p99, Long.parseLong(requests.group(1)), failed);
    }

    private Path script(String name, List<String> items, String request) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("local items = {");
        items.forEach(item -> lines.add("  [==[" + item + "]==],"));
        lines.add("}");
        lines.add("local n = #items");
        // each wrk thread has its own Lua state: seed each from its own table address so threads differ
        lines.add("math.randomseed(tonumber(tostring({}):match(\"0x(%x+)\") or \"1\", 16) % 2147483647)");
        lines.add("request = function()");
        lines.add("  " + request);
        lines.add("end");
        Path script = dir.resolve(name + ".lua");
        Files.write(script, lines, StandardCharsets.UTF_8);
        return script;
    }
}
