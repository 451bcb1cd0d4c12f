package com.catalog.query.eventstore;

import org.axonframework.common.DateTimeUtils;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the event store's {@code time_stamp} text. Axon writes it as {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (UTC, always
 * three fraction digits, {@link DateTimeUtils#formatInstant}) and parses it back with a {@code DateTimeFormatter}
 * on every read — twice per event for a processor — which made up about a quarter of the reading thread's CPU in a
 * replay (JFR, docs/benchmarks.md). This reads that exact shape by position; any other text (another writer, more
 * fraction digits, an offset) goes to Axon's parser, so the result is always Axon's.
 */
final class StoredTimestamps {

    private static final int LENGTH = "2026-11-27T17:00:00.000Z".length();

    private StoredTimestamps() {
    }

    static Instant parse(String text) {
        if (text.length() == LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
                && text.charAt(23) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int millis = digits(text, 20, 23);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60
                    && second >= 0 && second < 60 && millis >= 0) {
                try {
                    long days = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second,
                            millis * 1_000_000L);
                } catch (DateTimeException notADate) {
                    return DateTimeUtils.parseInstant(text);
                }
            }
        }
        return DateTimeUtils.parseInstant(text);
    }

    /** The decimal value of {@code text[from, to)}, or -1 if any of it is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
