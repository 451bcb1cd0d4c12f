package com.catalog.query.audit.trail;

import com.catalog.query.audit.FieldChange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Derives what an event changed from its payload alone, for any event type: fields that come as a pair
 * ({@code oldX}/{@code newX}, {@code xBefore}/{@code xAfter}, {@code previousX} with or without {@code x}) are used as
 * they are; every other field is compared with the aggregate's last known value of that field. A field holding the
 * aggregate's own id is identity, not a change. The returned state is the input state with this event applied.
 */
final class FieldDiff {

    record Result(List<FieldChange> changes, ObjectNode state) {
    }

    private record Pair(String field, String beforeName, String afterName) {
    }

    private FieldDiff() {
    }

    static Result apply(ObjectNode knownState, ObjectNode payload, String aggregateId) {
        ObjectNode state = knownState.deepCopy();
        List<FieldChange> changes = new ArrayList<>();
        Set<String> consumed = new HashSet<>();
        for (String name : names(payload)) {
            if (!consumed.contains(name)) {
                pairOf(name, payload).ifPresent(pair -> {
                    consumed.add(pair.beforeName());
                    consumed.add(pair.afterName());
                    applyPair(pair, payload, state, changes);
                });
            }
        }
        for (String name : names(payload)) {
            JsonNode value = payload.get(name);
            if (!consumed.contains(name) && !isIdentity(value, aggregateId)) {
                JsonNode before = state.has(name) ? state.get(name) : NullNode.getInstance();
                if (!before.equals(value)) {
                    changes.add(FieldChange.of(name, before, value));
                }
                state.set(name, value);
            }
        }
        return new Result(changes, state);
    }

    private static void applyPair(Pair pair, ObjectNode payload, ObjectNode state, List<FieldChange> changes) {
        JsonNode before = payload.get(pair.beforeName());
        if (pair.afterName() == null) {
            // the event says what the value was, not what it became: report it and forget the field
            changes.add(FieldChange.of(pair.field(), before, null));
            state.remove(pair.field());
            return;
        }
        JsonNode after = payload.get(pair.afterName());
        if (!before.equals(after)) {
            changes.add(FieldChange.of(pair.field(), before, after));
        }
        state.set(pair.field(), after);
    }

    static Optional<Pair> pairOf(String name, ObjectNode payload) {
        Optional<Pair> pair = prefixed(name, "old", "new", payload)
                .or(() -> prefixed(name, "new", "old", payload).map(p -> new Pair(p.field(), p.afterName(), p.beforeName())))
                .or(() -> suffixed(name, "Before", "After", payload))
                .or(() -> suffixed(name, "After", "Before", payload).map(p -> new Pair(p.field(), p.afterName(), p.beforeName())));
        if (pair.isPresent() || !hasPrefix(name, "previous")) {
            return pair;
        }
        String field = decapitalise(name.substring("previous".length()));
        return Optional.of(new Pair(field, name, payload.has(field) ? field : null));
    }

    private static Optional<Pair> prefixed(String name, String prefix, String partnerPrefix, ObjectNode payload) {
        if (!hasPrefix(name, prefix)) {
            return Optional.empty();
        }
        String rest = name.substring(prefix.length());
        String partner = partnerPrefix + rest;
        return payload.has(partner) ? Optional.of(new Pair(decapitalise(rest), name, partner)) : Optional.empty();
    }

    private static Optional<Pair> suffixed(String name, String suffix, String partnerSuffix, ObjectNode payload) {
        if (!name.endsWith(suffix) || name.length() == suffix.length()) {
            return Optional.empty();
        }
        String field = name.substring(0, name.length() - suffix.length());
        String partner = field + partnerSuffix;
        return payload.has(partner) ? Optional.of(new Pair(field, name, partner)) : Optional.empty();
    }

    private static boolean hasPrefix(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix)
                && Character.isUpperCase(name.charAt(prefix.length()));
    }

    private static String decapitalise(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean isIdentity(JsonNode value, String aggregateId) {
        return aggregateId != null && value.isTextual() && value.asText().equals(aggregateId);
    }

    private static List<String> names(ObjectNode payload) {
        List<String> names = new ArrayList<>();
        payload.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
