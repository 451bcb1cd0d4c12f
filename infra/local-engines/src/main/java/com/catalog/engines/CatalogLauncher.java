package com.catalog.engines;

import java.time.Duration;

/**
 * The run command: everything on the well-known ports, then a banner with what to call and how,
 * then it blocks until Ctrl-C, whose shutdown hook stops the apps and then the engines.
 */
public final class CatalogLauncher {

    private static final Duration DEV_TOKEN_TTL = Duration.ofHours(12);

    private CatalogLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        // the libraries' own INFO chatter (zonky, Kafka clients) would bury the banner
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        CatalogSystem system = CatalogSystem.forRun();
        try {
            system.start();
        } catch (RuntimeException e) {
            System.err.println("[engines] FAILED: " + e.getMessage());
            System.exit(1); // runs the shutdown hook: whatever did start is stopped
        }
        System.out.println(banner(system));
        Thread.currentThread().join();
    }

    static String banner(CatalogSystem system) {
        DevJwtIssuer jwt = system.jwt();
        String seller = jwt.mint("dev-seller", DEV_TOKEN_TTL, "SELLER");
        String admin = jwt.mint("dev-admin", DEV_TOKEN_TTL, "ADMIN");
        String line = "=".repeat(100);
        // the gateway listens on every interface, so the name a browser or curl user types works
        String baseUrl = "http://localhost:" + system.gateway().port();
        return String.join("\n",
                line,
                " Catalog is running: use " + baseUrl + " for everything (the gateway routes reads and writes)",
                "   gateway        " + baseUrl + "   (health " + baseUrl + "/actuator/health)",
                "   command side   " + system.commandSideUrl() + "   (Swagger UI " + system.commandSideUrl() + "/swagger-ui.html)",
                "   query side     " + system.querySideUrl() + "   (Swagger UI " + system.querySideUrl() + "/swagger-ui.html)",
                "   PostgreSQL     " + system.database().jdbcUrl() + "  (user " + system.database().username() + ")",
                "   Kafka          " + system.kafkaBootstrapServers(),
                "   Elasticsearch  " + system.elasticsearchUrl(),
                "   logs           " + system.logs(),
                "",
                " DEV-ONLY admin credential (change it: CATALOG_BOOTSTRAP_ADMIN_EMAIL / CATALOG_BOOTSTRAP_ADMIN_PASSWORD):",
                "   " + system.adminEmail() + " / " + system.adminPassword(),
                "   curl -s -X POST " + system.commandSideUrl() + "/api/v1/auth/login -H 'Content-Type: application/json' \\",
                "     -d '{\"email\":\"" + system.adminEmail() + "\",\"password\":\"" + system.adminPassword() + "\"}'",
                "   verification and reset emails sent (dev profile): " + system.commandSideUrl() + "/api/v1/dev/notifications",
                "",
                " DEV-ONLY tokens (valid 12 h, signed by the local dev key " + jwt.publicKeyFile() + "):",
                "   SELLER: " + seller,
                "   ADMIN:  " + admin,
                "",
                " Create a product:",
                "   curl -i -X POST " + baseUrl + "/api/v1/products \\",
                "     -H 'Authorization: Bearer " + seller + "' \\",
                "     -H 'Content-Type: application/json' \\",
                "     -d '{\"name\":{\"en\":\"Espresso cup\"},\"slug\":\"espresso-cup\",\"description\":{\"en\":\"Porcelain, 90 ml\"},"
                        + "\"defaultLocale\":\"en\",\"sku\":\"CUP-001\",\"prices\":[{\"currency\":\"EUR\",\"amount\":1999}]}'",
                "",
                " Read it (id and position from the answer above):",
                "   curl -i " + baseUrl + "/api/v1/products/{id} -H 'X-Catalog-Min-Position: {position}'",
                "",
                " Press Ctrl-C to stop everything.",
                line);
    }
}
