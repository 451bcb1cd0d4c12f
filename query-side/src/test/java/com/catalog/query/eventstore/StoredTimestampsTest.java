package com.catalog.query.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTimestampsTest {

    @Test
    void reads_what_axon_writes_as_axon_reads_it() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            // 1970 to 2200, millisecond precision as Axon stores it
            Instant written = Instant.ofEpochMilli(random.nextLong(0, 7_258_118_400_000L));
            String text = DateTimeUtils.formatInstant(written);
            assertThat(StoredTimestamps.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text)).isEqualTo(written);
        }
    }

    @Test
    void reads_leap_days_and_the_last_millisecond_of_a_year() {
        for (String text : new String[]{"2024-02-29T00:00:00.000Z", "2026-12-31T23:59:59.999Z", "2000-01-01T00:00:00.001Z"}) {
            assertThat(StoredTimestamps.parse(text)).isEqualTo(DateTimeUtils.parseInstant(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-27T17:00:00Z", "2026-11-27T17:00:00.123456Z", "2026-11-27T17:00:00.123456789Z",
            "2026-11-27t17:00:00.123z"})
    void leaves_any_other_shape_to_axons_parser(String text) {
        assertThat(StoredTimestamps.parse(text)).isEqualTo(DateTimeUtils.parseInstant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T17:00:00.000Z", "2026-13-01T17:00:00.000Z", "2026-11-27T24:00:00.000Z",
            "2026-11-2xT17:00:00.000Z", "not a time at all......"})
    void refuses_what_axon_refuses(String text) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoredTimestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
