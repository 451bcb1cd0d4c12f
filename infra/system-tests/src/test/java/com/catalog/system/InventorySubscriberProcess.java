package com.catalog.system;

import com.catalog.engines.AppProcess;
import com.catalog.engines.CatalogSystem;
import com.catalog.engines.HostPort;
import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The reference inventory subscriber (infra/inventory-subscriber, its -exec.jar) as a process of its own, with a
 * fresh database and consumer group, pointed at a running catalog; and what its table holds.
 */
final class InventorySubscriberProcess implements AutoCloseable {

    private final AppProcess process;
    private final PostgresDatabase db;

    private InventorySubscriberProcess(AppProcess process, PostgresDatabase db) {
        this.process = process;
        this.db = db;
    }

    /** @param extraArgs e.g. {@code --inventory.catch-up.mode=ALWAYS} */
    static InventorySubscriberProcess start(CatalogSystem system, String... extraArgs) {
        PostgresDatabase db = TestEngines.newDatabase();
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--spring.kafka.bootstrap-servers=" + system.kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=inventory-" + UUID.randomUUID(),
                "--inventory.catch-up.base-url=" + system.querySideUrl(),
                "--inventory.catch-up.bearer-token=" + system.jwt().mint("inventory", Duration.ofHours(1), "INTEGRATION")));
        args.addAll(List.of(extraArgs));
        return new InventorySubscriberProcess(
                AppProcess.start("inventory-subscriber", jar(), HostPort.freeLocal().port(), args, system.logs()), db);
    }

    AppProcess process() {
        return process;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    /** The SKUs of the sellable (published) products among {@code productIds}. */
    Set<String> sellableSkus(Set<String> productIds) throws SQLException {
        Set<String> skus = new HashSet<>();
        try (Connection db = connect();
             ResultSet rs = db.createStatement().executeQuery("SELECT product_id, skus FROM inventory.stock_item WHERE sellable")) {
            while (rs.next()) {
                if (productIds.contains(rs.getString("product_id"))) {
                    skus.addAll(Arrays.asList((String[]) rs.getArray("skus").getArray()));
                }
            }
        }
        return skus;
    }

    /** How many state records it read when it bootstrapped from the state topic; 0 if it did not. */
    long statesBootstrapped() throws SQLException {
        try (Connection db = connect();
             ResultSet rs = db.createStatement().executeQuery("SELECT records FROM inventory.state_bootstrap")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void close() {
        process.stop();
    }

    private static Path jar() {
        Path target = Path.of(System.getProperty("catalog.root", "."), "infra/inventory-subscriber/target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build infra/inventory-subscriber first: no -exec.jar in " + target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
