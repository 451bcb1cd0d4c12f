package com.catalog.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process handling the system tests rely on: health wait, kill, restart, and failing loudly. */
class AppProcessTest {

    @TempDir
    Path dir;

    @Test
    void startsKillsAndRestarts() throws Exception {
        int port = HostPort.freeLocal().port();
        AppProcess app = AppProcess.start("fake-app", fakeAppJar(), port, List.of(), dir);

        assertThat(HttpProbe.status(app.baseUrl() + "/actuator/health")).isEqualTo(200);
        app.kill();
        assertThat(app.isAlive()).isFalse();
        assertThat(HttpProbe.status(app.baseUrl() + "/actuator/health")).isEqualTo(-1);

        app.restart();
        assertThat(HttpProbe.status(app.baseUrl() + "/actuator/health")).isEqualTo(200);
        app.stop();
        assertThat(app.isAlive()).isFalse();
        assertThat(Files.readString(app.log())).contains("started on " + port);
    }

    @Test
    void failsWithTheLogTailWhenTheAppDies() throws Exception {
        Path jar = fakeAppJar();
        int port = HostPort.freeLocal().port();

        assertThatThrownBy(() -> AppProcess.start("dying-app", jar, port, List.of("--fail"), dir))
                .hasMessageContaining("exited with code 1")
                .hasMessageContaining("APPLICATION FAILED TO START: no datasource");
    }

    @Test
    void jvmOptionsDefaultToFastStartsAndCanBeReplacedForABenchmark() {
        String before = System.getProperty("catalog.engines.app-jvm-options");
        try {
            System.clearProperty("catalog.engines.app-jvm-options");
            if (System.getenv("CATALOG_APP_JVM_OPTIONS") == null) {
                assertThat(AppProcess.jvmOptions()).containsExactly("-Xmx384m", "-XX:TieredStopAtLevel=1");
            }
            System.setProperty("catalog.engines.app-jvm-options", "  -Xms1g   -Xmx1g -XX:+UseParallelGC ");
            assertThat(AppProcess.jvmOptions()).containsExactly("-Xms1g", "-Xmx1g", "-XX:+UseParallelGC");
        } finally {
            if (before == null) {
                System.clearProperty("catalog.engines.app-jvm-options");
            } else {
                System.setProperty("catalog.engines.app-jvm-options", before);
            }
        }
    }

    /** A jar whose manifest points at the test classes, started with java -jar like the real apps. */
    private Path fakeAppJar() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeApp.class.getName());
        Path classes = Path.of(FakeApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        Path jar = dir.resolve("fake-app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
