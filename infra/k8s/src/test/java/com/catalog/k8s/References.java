package com.catalog.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the ConfigMaps and Secrets a Deployment's pod reads (envFrom, env valueFrom, volumes). */
final class References {

    private References() {
    }

    static void collect(Map<String, Object> deployment, Set<String> configMaps, Set<String> secrets) {
        Map<String, Object> pod = Yamls.map(deployment, "spec", "template", "spec");
        for (Map<String, Object> container : Yamls.list(pod, "containers")) {
            for (Map<?, ?> source : entries(container.get("envFrom"))) {
                name(source.get("configMapRef"), configMaps);
                name(source.get("secretRef"), secrets);
            }
            for (Map<?, ?> variable : entries(container.get("env"))) {
                if (variable.get("valueFrom") instanceof Map<?, ?> from) {
                    name(from.get("configMapKeyRef"), configMaps);
                    name(from.get("secretKeyRef"), secrets);
                }
            }
        }
        for (Map<?, ?> volume : entries(pod.get("volumes"))) {
            name(volume.get("configMap"), configMaps);
            if (volume.get("secret") instanceof Map<?, ?> secret) {
                secrets.add(secret.get("secretName").toString());
            }
        }
    }

    private static List<Map<?, ?>> entries(Object list) {
        if (!(list instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().<Map<?, ?>>map(item -> (Map<?, ?>) item).toList();
    }

    private static void name(Object reference, Set<String> names) {
        if (reference instanceof Map<?, ?> map) {
            names.add(map.get("name").toString());
        }
    }
}
