package com.catalog.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Not a test (surefire's default includes skip {@code *Benchmark}): the limiter's hot-path cost, recorded in
 * docs/benchmarks.md ("Rate limiter hot path (issue 3)"). Two measurements in one run:
 * <ol>
 *   <li>in memory: {@code bench.threads} threads calling {@code tryAcquire} on random buckets of {@code bench.buckets}
 *   for {@code bench.seconds}, flushing to PostgreSQL every 300 ms as in the apps;</li>
 *   <li>over HTTP: wrk against a constant endpoint of two servlet apps, one with the limiter (all requests from
 *   127.0.0.1, so one bucket: the most contended case) and one without, alternated {@code bench.rounds} times.</li>
 * </ol>
 */
class RateLimitHotPathBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    private static final int BUCKETS = Integer.getInteger("bench.buckets", 10_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 5);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final String WRK = System.getProperty("bench.wrk", "/usr/bin/wrk");
    private static final String WRK_DURATION = System.getProperty("bench.wrk-duration", "10s");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final ThreadMXBean THREAD_CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS_CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

    @Test
    void hotPath() throws Exception {
        PostgresDatabase database = TestEngines.postgres();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_rate_limit_window (bucket VARCHAR(300) NOT NULL, "
                + "window_start TIMESTAMPTZ NOT NULL, hits INTEGER NOT NULL, PRIMARY KEY (bucket, window_start))");
        inMemory(jdbc);
        overHttp(database);
    }

    private static void inMemory(JdbcTemplate jdbc) throws InterruptedException {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(new SharedCounterTable(jdbc, "bench_rate_limit_window"),
                Clock.systemUTC(), Duration.ofMinutes(1), Duration.ofMillis(300));
        limiter.start();
        LongAdder calls = new LongAdder();
        LongAdder cpuNanos = new LongAdder();
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long cpuStart = THREAD_CPU.getCurrentThreadCpuTime();
                long own = 0;
                while (System.nanoTime() < end) {
                    limiter.tryAcquire("ip:10.0." + random.nextInt(BUCKETS), Integer.MAX_VALUE);
                    own++;
                }
                calls.add(own);
                cpuNanos.add(THREAD_CPU.getCurrentThreadCpuTime() - cpuStart);
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        limiter.stop();
        double perSecond = calls.sum() / (double) SECONDS;
        // CPU time, not wall time: on a shared machine a thread waits for a core more than it runs
        System.out.printf("[bench] in memory: %d threads, %d buckets (incl. building the key): %.0f decisions/s wall, "
                + "%.0f ns CPU per decision%n", THREADS, BUCKETS, perSecond, cpuNanos.sum() / (double) calls.sum());
    }

    private static void overHttp(PostgresDatabase database) throws IOException, InterruptedException {
        ConfigurableApplicationContext on = app(database, true);
        ConfigurableApplicationContext off = app(database, false);
        try {
            List<Double> withLimiter = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            List<Double> cpuOn = new ArrayList<>();
            List<Double> cpuOff = new ArrayList<>();
            wrk(port(on), WRK_DURATION, new ArrayList<>()); // warm-up: the JIT, Tomcat's threads, the pool
            wrk(port(off), WRK_DURATION, new ArrayList<>());
            for (int round = 0; round < ROUNDS; round++) {
                without.add(wrk(port(off), WRK_DURATION, cpuOff));
                withLimiter.add(wrk(port(on), WRK_DURATION, cpuOn));
            }
            double medianOn = median(withLimiter);
            double medianOff = median(without);
            System.out.printf("[bench] wrk constant endpoint: limiter off %s req/s, on %s req/s; median off %.0f, on %.0f = %.1f %%%n",
                    without, withLimiter, medianOff, medianOn, 100 * medianOn / medianOff);
            System.out.printf("[bench] server JVM CPU per request: off %s us, on %s us; median off %.1f, on %.1f us = %.1f %%%n",
                    cpuOff, cpuOn, median(cpuOff), median(cpuOn), 100 * median(cpuOff) / median(cpuOn));
        } finally {
            on.close();
            off.close();
        }
    }

    private static ConfigurableApplicationContext app(PostgresDatabase database, boolean limited) {
        return new SpringApplicationBuilder(ConstantApp.class).properties(Map.of(
                "server.port", "0",
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "catalog.security.rate-limit.enabled", Boolean.toString(limited),
                "catalog.security.rate-limit.requests-per-minute-per-ip", "2000000000",
                "catalog.security.rate-limit.table", "bench_rate_limit_window",
                "logging.level.root", "WARN")).run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** @return requests per second; adds this JVM's CPU microseconds per request (the apps run in it) to {@code cpu} */
    private static double wrk(int port, String duration, List<Double> cpu) throws IOException, InterruptedException {
        long cpuBefore = PROCESS_CPU.getProcessCpuTime();
        Process process = new ProcessBuilder(WRK, "-t2", "-c32", "-d" + duration,
                "http://127.0.0.1:" + port + "/api/v1/constant").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).as("no errors or refusals").doesNotContain("Non-2xx");
        long cpuNanos = PROCESS_CPU.getProcessCpuTime() - cpuBefore;
        Matcher requests = REQUESTS.matcher(output);
        assertThat(requests.find()).as(output).isTrue();
        cpu.add(Math.round(cpuNanos / 100.0 / Long.parseLong(requests.group(1))) / 10.0);
        Matcher matcher = REQUESTS_PER_SECOND.matcher(output);
        assertThat(matcher.find()).as(output).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The constant endpoint; the rate-limit module's auto-configuration adds the limiter when enabled. */
    @SpringBootApplication
    @RestController
    static class ConstantApp {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @GetMapping("/api/v1/constant")
        Map<String, String> constant() {
            return Map.of("status", "ok");
        }
    }
}
