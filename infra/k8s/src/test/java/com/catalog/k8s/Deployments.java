package com.catalog.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the parts of a Deployment the checks need. */
final class Deployments {

    private Deployments() {
    }

    /** Literal env values of the container (values from ConfigMaps and Secrets are not included). */
    static Map<String, String> env(Map<String, Object> deployment) {
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, Object> container = Manifests.container(deployment);
        if (container.get("env") instanceof List<?> entries) {
            for (Object entry : entries) {
                Map<?, ?> variable = (Map<?, ?>) entry;
                if (variable.containsKey("value")) {
                    env.put(variable.get("name").toString(), variable.get("value").toString());
                }
            }
        }
        return env;
    }

    /** The Secret an env variable of the container is read from. */
    static String secretOf(Map<String, Object> deployment, String variable) {
        for (Map<String, Object> entry : Yamls.list(Manifests.container(deployment), "env")) {
            if (variable.equals(entry.get("name"))) {
                return Yamls.string(entry, "valueFrom", "secretKeyRef", "name");
            }
        }
        throw new AssertionError(variable + " is not set in " + Yamls.string(deployment, "metadata", "name"));
    }

    static String probePath(Map<String, Object> deployment, String probe) {
        return Yamls.string(Manifests.container(deployment), probe, "httpGet", "path");
    }

    static int containerPort(Map<String, Object> deployment) {
        List<Map<String, Object>> ports = Yamls.list(Manifests.container(deployment), "ports");
        return ((Number) ports.get(0).get("containerPort")).intValue();
    }

    static Map<String, Object> podLabels(Map<String, Object> deployment) {
        return Yamls.map(deployment, "spec", "template", "metadata", "labels");
    }
}
