package com.catalog.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** The files the manifests must agree with, read from the repository as they are (no build output). */
final class RepositoryFiles {

    /** Surefire runs in the module directory; from the repository root (an IDE) it is infra/k8s. */
    static final Path K8S = module();
    static final Path ROOT = K8S.getParent().getParent();

    private RepositoryFiles() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a YAML file, empty documents left out. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(read(file))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    static Map<String, Object> yaml(Path file) {
        return yamlDocuments(file).get(0);
    }

    /** The text of the first {@code <name>…</name>} element in a pom. */
    static String pomElement(Path pom, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">")
                .matcher(read(pom));
        if (!matcher.find()) {
            throw new AssertionError("<" + name + "> not in " + pom);
        }
        return matcher.group(1).trim();
    }

    /** The text of the first {@code <name>…</name>} after {@code </parent>}: the module's own, not its parent's. */
    static String ownPomElement(Path pom, String name) {
        String text = read(pom);
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">")
                .matcher(text.substring(text.indexOf("</parent>")));
        if (!matcher.find()) {
            throw new AssertionError("<" + name + "> not in " + pom);
        }
        return matcher.group(1).trim();
    }

    private static Path module() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("base")) ? here : here.resolve("infra").resolve("k8s");
    }
}
