package com.catalog.command.domain;

/**
 * One field of a JSON Merge Patch (RFC 7386): absent keeps the current value, present sets it, and a present
 * null clears it. A full replacement (PUT) is a patch where every field is present.
 */
public record Patch<T>(boolean present, T value) {

    private static final Patch<?> ABSENT = new Patch<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    public static <T> Patch<T> of(T value) {
        return new Patch<>(true, value);
    }

    public T applyTo(T current) {
        return present ? value : current;
    }
}
