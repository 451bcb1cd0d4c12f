package com.catalog.command.snapshot;

import org.axonframework.serialization.RevisionResolver;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The revision of a snapshot is a fingerprint of its aggregate class's fields (names and declared types). When an
 * aggregate gains, loses or retypes a field, its older snapshots carry another revision and
 * {@link CurrentShapeSnapshotFilter} ignores them: the aggregate is rebuilt from its events and snapshotted anew.
 * Nobody has to remember to bump a {@code @Revision} on the aggregate, and the aggregate needs no annotation.
 */
final class FieldShapeRevisionResolver implements RevisionResolver {

    private static final String PREFIX = "shape-";
    private static final int HEX_DIGITS = 16;

    @Override
    public String revisionOf(Class<?> payloadType) {
        List<String> fields = new ArrayList<>();
        for (Class<?> type = payloadType; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isSynthetic()) {
                    fields.add(type.getName() + "#" + field.getName() + ":" + field.getGenericType().getTypeName());
                }
            }
        }
        fields.sort(String::compareTo);
        return PREFIX + sha256(String.join(";", fields)).substring(0, HEX_DIGITS);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
