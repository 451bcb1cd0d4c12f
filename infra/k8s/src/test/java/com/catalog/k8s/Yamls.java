package com.catalog.k8s;

import java.util.List;
import java.util.Map;

/** Walks parsed YAML by key path, failing with the path when something is missing. */
final class Yamls {

    private Yamls() {
    }

    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError("no " + String.join(".", path) + " in " + node);
            }
            current = map.get(key);
        }
        return current;
    }

    static String string(Object node, String... path) {
        return String.valueOf(at(node, path));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        return (Map<String, Object>) at(node, path);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node, String... path) {
        return (List<Map<String, Object>>) at(node, path);
    }

    static boolean has(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return false;
            }
            current = map.get(key);
        }
        return true;
    }
}
