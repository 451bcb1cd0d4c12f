package com.catalog.engines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Facts Maven wrote into the jar at build time: versions, the ES zip and the Kafka classpath. */
final class BuildInfo {

    private static final String ENGINES = "/catalog-engines/engines.properties";
    private static final String KAFKA_CLASSPATH = "/catalog-engines/kafka.classpath";

    private BuildInfo() {
    }

    static String catalogVersion() {
        return properties().getProperty("catalog.version");
    }

    static String elasticsearchVersion() {
        return properties().getProperty("elasticsearch.version");
    }

    static String elasticsearchZip() {
        return Overrides.string("catalog.engines.elasticsearch.zip", "CATALOG_ES_ZIP",
                properties().getProperty("elasticsearch.zip"));
    }

    static String kafkaClasspath() {
        return resource(KAFKA_CLASSPATH).trim();
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(ENGINES)) {
            if (in == null) {
                throw new IllegalStateException(ENGINES + " missing: build local-engines with Maven");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing: build local-engines with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
