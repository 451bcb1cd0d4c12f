package com.catalog.monitoring;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The alert rules are valid and behave as their unit tests say, according to Prometheus' own {@code promtool}
 * (Debian package {@code prometheus}). CI installs it and sets {@code CATALOG_REQUIRE_PROMTOOL=true}, so there a
 * missing promtool fails; on a laptop without it these tests are skipped.
 */
class AlertRulesTest {

    private static final long TIMEOUT_SECONDS = 60;

    @Test
    void promtool_finds_the_rules_valid() throws Exception {
        assertSucceeds(promtool("check", "rules", MonitoringFiles.ALERT_RULES.toString()));
    }

    @Test
    void promtool_unit_tests_of_the_rules_pass() throws Exception {
        assertSucceeds(promtool("test", "rules", MonitoringFiles.ALERT_RULE_TESTS.toString()));
    }

    private static void assertSucceeds(Result result) {
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    private static Result promtool(String... arguments) throws IOException, InterruptedException {
        Path promtool = locatePromtool();
        List<String> command = Stream.concat(Stream.of(promtool.toString()), Stream.of(arguments)).toList();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("promtool did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), output);
    }

    private static Path locatePromtool() {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "promtool"))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty() && Boolean.parseBoolean(System.getenv("CATALOG_REQUIRE_PROMTOOL"))) {
            throw new AssertionError("CATALOG_REQUIRE_PROMTOOL is set but promtool is not on the PATH");
        }
        assumeTrue(found.isPresent(), "promtool is not on the PATH, so the alert rules are not checked here; "
                + "install it with `apt-get install prometheus` (Debian) to run these tests");
        return found.orElseThrow();
    }

    private record Result(int exitCode, String output) {
    }
}
