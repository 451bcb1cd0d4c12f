package com.catalog.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests in infra/k8s agree with what they deploy: the images Jib builds, the apps' ports and health routes,
 * resources and disruption budgets, the ConfigMaps and Secrets they read. (Routing: HttpRouteMirrorsGatewayTest;
 * NetworkPolicies: NetworkPolicyTest; engines: EngineExamplesTest.)
 */
class ManifestConsistencyTest {

    /** Deployment name → the module that builds its image. */
    private static final Map<String, String> MODULES = Map.of(
            "command-side", "command-side",
            "query-side", "query-side",
            "gateway", "infra/gateway");
    /** Created by the operator of the cluster (catalog-db, catalog-jwt) or by ECK (catalog-es-elastic-user). */
    private static final Set<String> EXTERNAL_SECRETS = Set.of("catalog-db", "catalog-jwt", "catalog-es-elastic-user");

    private static Manifests manifests;

    @BeforeAll
    static void parse() {
        manifests = Manifests.base();
    }

    @Test
    void everyManifestFileIsParsedAndListedInItsKustomization() throws IOException {
        for (Path kustomization : List.of(Manifests.BASE, Manifests.ENGINES)) {
            Set<Path> listed = new HashSet<>(Manifests.resourceFiles(kustomization));
            try (Stream<Path> files = Files.walk(kustomization)) {
                Set<Path> onDisk = files.filter(f -> f.toString().endsWith(".yaml"))
                        .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                        .map(Path::normalize).collect(Collectors.toSet());
                assertThat(listed).as(kustomization.toString()).containsExactlyInAnyOrderElementsOf(onDisk);
            }
        }
        assertThat(Manifests.engines().documents()).isNotEmpty().allSatisfy(document -> {
            assertThat(document).containsKeys("apiVersion", "kind");
            assertThat(Yamls.string(document, "metadata", "name")).isNotBlank();
        });
        assertThat(manifests.documents()).allSatisfy(document -> {
            assertThat(document).containsKeys("apiVersion", "kind");
            assertThat(Yamls.string(document, "metadata", "name")).isNotBlank();
        });
        assertThat(RepositoryFiles.yaml(Manifests.PRODUCTION.resolve("kustomization.yaml")).get("resources"))
                .isEqualTo(List.of("../../base"));
    }

    @Test
    void deploymentsRunTheImagesJibBuilds() {
        Path rootPom = RepositoryFiles.ROOT.resolve("pom.xml");
        String prefix = RepositoryFiles.pomElement(rootPom, "catalog.image.prefix");
        String version = RepositoryFiles.ownPomElement(rootPom, "version");
        assertThat(RepositoryFiles.read(rootPom))
                .contains("<image>${catalog.image.prefix}/${project.artifactId}:${project.version}</image>");
        Map<String, Object> kustomization = RepositoryFiles.yaml(Manifests.BASE.resolve("kustomization.yaml"));
        Map<String, String> tags = Yamls.list(kustomization, "images").stream()
                .collect(Collectors.toMap(i -> i.get("name").toString(), i -> i.get("newTag").toString()));

        assertThat(manifests.names("Deployment")).containsExactlyInAnyOrderElementsOf(MODULES.keySet());
        MODULES.forEach((deployment, module) -> {
            Path pom = RepositoryFiles.ROOT.resolve(module).resolve("pom.xml");
            assertThat(RepositoryFiles.read(pom)).as(module + " builds an image").contains("<artifactId>jib-maven-plugin</artifactId>");
            String jibImage = prefix + "/" + RepositoryFiles.ownPomElement(pom, "artifactId");
            assertThat(Yamls.string(Manifests.container(manifests.named("Deployment", deployment)), "image"))
                    .as(deployment).isEqualTo(jibImage);
            assertThat(tags).as("kustomize tag of " + jibImage).containsEntry(jibImage, version);
        });
        List<String> retagged = Yamls.list(RepositoryFiles.yaml(Manifests.PRODUCTION.resolve("kustomization.yaml")), "images")
                .stream().map(image -> image.get("name").toString()).toList();
        assertThat(retagged).as("the production overlay points every image at the registry").containsExactlyInAnyOrderElementsOf(tags.keySet());
    }

    @Test
    void probesPointAtTheAppsHealthRoutes() {
        for (String app : List.of("command-side", "query-side")) {
            Set<String> routes = HealthRoutes.of(app);
            Map<String, Object> deployment = manifests.named("Deployment", app);
            assertThat(Deployments.probePath(deployment, "readinessProbe")).isEqualTo("/api/v1/health/readiness").isIn(routes);
            assertThat(Deployments.probePath(deployment, "livenessProbe")).isEqualTo("/api/v1/health/liveness").isIn(routes);
            assertThat(Deployments.probePath(deployment, "startupProbe")).isIn(routes);
        }
        Map<String, Object> gateway = manifests.named("Deployment", "gateway");
        Set<String> groups = Yamls.map(RepositoryFiles.yaml(GatewayRoutes.APPLICATION_YML),
                "management", "endpoint", "health", "group").keySet();
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            String path = Deployments.probePath(gateway, probe);
            assertThat(path).startsWith("/actuator/health/");
            assertThat(groups).contains(path.substring("/actuator/health/".length()));
        }
    }

    @Test
    void containerAndServicePortsAreTheAppsServerPorts() {
        MODULES.forEach((name, module) -> {
            Map<String, Object> deployment = manifests.named("Deployment", name);
            int serverPort = ((Number) Yamls.at(RepositoryFiles.yaml(
                    RepositoryFiles.ROOT.resolve(module).resolve("src/main/resources/application.yml")), "server", "port")).intValue();
            assertThat(Deployments.containerPort(deployment)).as(name).isEqualTo(serverPort);
            assertThat(RepositoryFiles.read(RepositoryFiles.ROOT.resolve(module).resolve("pom.xml")))
                    .as("the image of " + name + " exposes its port").contains("<port>" + serverPort + "</port>");

            Map<String, Object> service = manifests.named("Service", name);
            Map<String, Object> port = Yamls.list(service, "spec", "ports").get(0);
            assertThat(((Number) port.get("port")).intValue()).isEqualTo(serverPort);
            assertThat(port.get("targetPort")).isEqualTo(Yamls.list(Manifests.container(deployment), "ports").get(0).get("name"));
            assertThat(Deployments.podLabels(deployment)).containsAllEntriesOf(Yamls.map(service, "spec", "selector"));
        });
    }

    @Test
    void everyDeploymentHasResourcesAndADisruptionBudget() {
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            Map<String, Object> container = Manifests.container(deployment);
            for (String bound : List.of("requests", "limits")) {
                assertThat(Yamls.map(container, "resources", bound)).containsKeys("cpu", "memory");
            }
            Map<String, Object> labels = Deployments.podLabels(deployment);
            assertThat(manifests.ofKind("PodDisruptionBudget"))
                    .as("a PDB for " + Yamls.string(deployment, "metadata", "name"))
                    .anySatisfy(pdb -> assertThat(labels).containsAllEntriesOf(Yamls.map(pdb, "spec", "selector", "matchLabels")));
        }
        Map<String, Object> hpa = manifests.named("HorizontalPodAutoscaler", "query-side");
        assertThat(Yamls.string(hpa, "spec", "scaleTargetRef", "name")).isEqualTo("query-side");
        assertThat(Yamls.at(hpa, "spec", "minReplicas")).isEqualTo(3);
        assertThat(Yamls.at(hpa, "spec", "maxReplicas")).isEqualTo(10);
    }

    @Test
    void configMapsAreDefinedHereAndSecretsAreTheDocumentedOnes() {
        Set<String> configMaps = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            References.collect(deployment, configMaps, secrets);
        }
        assertThat(manifests.names("ConfigMap")).containsAll(configMaps);
        assertThat(configMaps).isNotEmpty();
        assertThat(secrets).containsExactlyInAnyOrderElementsOf(EXTERNAL_SECRETS);
        String operations = RepositoryFiles.read(RepositoryFiles.ROOT.resolve("docs/operations.md"));
        assertThat(operations).contains(EXTERNAL_SECRETS);
    }
}
