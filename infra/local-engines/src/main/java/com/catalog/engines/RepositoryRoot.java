package com.catalog.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URISyntaxException;

/** The checkout the apps' jars are built in: {@code catalog.root}, else found by walking up. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path find() {
        String configured = Overrides.string("catalog.root", "CATALOG_ROOT", null);
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path found = walkUp(Path.of(System.getProperty("user.dir")));
        if (found == null) {
            found = walkUp(ownLocation()); // java -jar from anywhere: start from the jar itself
        }
        if (found == null) {
            throw new IllegalStateException("cannot find the Catalog checkout (a dir with command-side/pom.xml): set -Dcatalog.root");
        }
        return found;
    }

    private static Path walkUp(Path start) {
        for (Path dir = start == null ? null : start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("command-side/pom.xml"))) {
                return dir;
            }
        }
        return null;
    }

    private static Path ownLocation() {
        try {
            return Path.of(RepositoryRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
