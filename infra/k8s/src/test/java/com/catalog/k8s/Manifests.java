package com.catalog.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every manifest a kustomization lists, parsed; the base is what every overlay deploys. */
record Manifests(List<Map<String, Object>> documents) {

    static final Path BASE = RepositoryFiles.K8S.resolve("base");
    static final Path PRODUCTION = RepositoryFiles.K8S.resolve("overlays").resolve("production");

    static final Path ENGINES = RepositoryFiles.K8S.resolve("engines");

    static Manifests base() {
        return of(BASE);
    }

    /** The example engines (operators' custom resources), not part of the base. */
    static Manifests engines() {
        return of(ENGINES);
    }

    private static Manifests of(Path kustomizationDir) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Path file : resourceFiles(kustomizationDir)) {
            documents.addAll(RepositoryFiles.yamlDocuments(file));
        }
        return new Manifests(documents);
    }

    /** The files named under {@code resources:} of a kustomization that are files (not other kustomizations). */
    static List<Path> resourceFiles(Path kustomizationDir) {
        Map<String, Object> kustomization = RepositoryFiles.yaml(kustomizationDir.resolve("kustomization.yaml"));
        List<Path> files = new ArrayList<>();
        for (Object resource : (List<?>) Yamls.at(kustomization, "resources")) {
            Path path = kustomizationDir.resolve(resource.toString()).normalize();
            if (!Files.isDirectory(path)) {
                files.add(path);
            }
        }
        return files;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream()
                .filter(d -> name.equals(Yamls.string(d, "metadata", "name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    List<String> names(String kind) {
        return ofKind(kind).stream().map(d -> Yamls.string(d, "metadata", "name")).toList();
    }

    /** The single container of a Deployment's pod template. */
    static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = Yamls.list(deployment, "spec", "template", "spec", "containers");
        if (containers.size() != 1) {
            throw new AssertionError("expected one container in " + Yamls.string(deployment, "metadata", "name"));
        }
        return containers.get(0);
    }
}
