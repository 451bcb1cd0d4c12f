package com.catalog.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The GET routes an app's HealthController declares, read from its source (class mapping + method mappings). */
final class HealthRoutes {

    private static final Pattern CLASS_MAPPING = Pattern.compile("@RequestMapping\\(\"([^\"]+)\"\\)");
    private static final Pattern GET_MAPPING = Pattern.compile("@GetMapping(?:\\(\"([^\"]*)\"\\))?");

    private HealthRoutes() {
    }

    static Set<String> of(String app) {
        String source = RepositoryFiles.read(controller(RepositoryFiles.ROOT.resolve(app).resolve("src/main/java")));
        Matcher base = CLASS_MAPPING.matcher(source);
        if (!base.find()) {
            throw new AssertionError("HealthController of " + app + " has no @RequestMapping");
        }
        Set<String> routes = new HashSet<>();
        Matcher get = GET_MAPPING.matcher(source);
        while (get.find()) {
            routes.add(base.group(1) + (get.group(1) == null ? "" : get.group(1)));
        }
        return routes;
    }

    private static Path controller(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().equals("HealthController.java")).toList();
            if (found.size() != 1) {
                throw new AssertionError("expected one HealthController.java under " + sources + ": " + found);
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
