package com.catalog.engines;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The machine's PostgreSQL when one answers on the configured address (trust auth, user
 * {@code postgres}), otherwise a real embedded one from zonky's binaries jar.
 */
public final class PostgresEngine {

    private final HostPort address;
    private final String username;
    private final String password;
    private final boolean embedded;

    private PostgresEngine(HostPort address, String username, String password, boolean embedded) {
        this.address = address;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * @param dataDir        zonky's data directory when we have to start one
     * @param persistent     keep the data directory between runs (the run command) or start clean (tests)
     * @param anyPortIfStart tests: start zonky on a free port instead of the configured one, so
     *                       parallel test JVMs never lean on each other's server
     */
    public static PostgresEngine start(Path dataDir, boolean persistent, boolean anyPortIfStart) {
        HostPort configured = new HostPort(
                Overrides.string("catalog.engines.postgres.host", "CATALOG_PG_HOST", "127.0.0.1"),
                Overrides.port("catalog.engines.postgres.port", "CATALOG_PG_PORT", 5432));
        String username = Overrides.string("catalog.engines.postgres.user", "CATALOG_PG_USER", "postgres");
        String password = Overrides.string("catalog.engines.postgres.password", "CATALOG_PG_PASSWORD", "");
        PostgresEngine existing = new PostgresEngine(configured, username, password, false);
        if (existing.acceptsConnections()) {
            EngineLog.say("PostgreSQL already running on %s: reusing it", configured);
            return existing;
        }
        HostPort address = anyPortIfStart ? HostPort.freeLocal() : configured;
        EngineLog.say("no PostgreSQL on %s: starting embedded PostgreSQL on %s, data in %s", configured, address, dataDir);
        long started = System.nanoTime();
        try {
            // zonky registers its own shutdown hook that stops the server; we rely on it
            EmbeddedPostgres.builder().setPort(address.port()).setDataDirectory(dataDir)
                    .setCleanDataDirectory(!persistent).start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL failed to start", e);
        }
        EngineLog.say("embedded PostgreSQL ready on %s in %d ms", address, (System.nanoTime() - started) / 1_000_000);
        // zonky's superuser is postgres without a password
        return new PostgresEngine(address, "postgres", "", true);
    }

    /** True when we started it (zonky), false when the machine's server is reused. */
    public boolean isEmbedded() {
        return embedded;
    }

    public HostPort address() {
        return address;
    }

    /** Creates {@code name} unless it exists (another JVM may race us: that is fine). */
    public PostgresDatabase createDatabase(String name) {
        requireSimpleName(name);
        try (Connection c = connect("postgres");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE \"" + name + "\"");
                        EngineLog.say("created database %s", name);
                    } catch (SQLException e) {
                        if (!"42P04".equals(e.getSQLState())) { // duplicate_database
                            throw e;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + address, e);
        }
        return database(name);
    }

    /** FORCE closes connections an app's pool may still hold. */
    public void dropDatabase(String name) {
        requireSimpleName(name);
        try (Connection c = connect("postgres"); Statement drop = c.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            EngineLog.say("dropped database %s", name);
        } catch (SQLException e) {
            EngineLog.say("could not drop database %s: %s", name, e.getMessage());
        }
    }

    public PostgresDatabase database(String name) {
        return new PostgresDatabase(jdbcUrl(name), username, password);
    }

    private boolean acceptsConnections() {
        try (Connection c = connect("postgres")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(db) + "?connectTimeout=3", username, password);
    }

    private String jdbcUrl(String db) {
        return "jdbc:postgresql://" + address + "/" + db;
    }

    private static void requireSimpleName(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name must be [A-Za-z0-9_]+: " + name);
        }
    }
}
