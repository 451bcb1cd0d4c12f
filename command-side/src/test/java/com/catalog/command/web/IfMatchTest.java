package com.catalog.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

    @Test
    void the_etag_this_api_returned_names_its_version() {
        assertThat(IfMatch.expectedVersion("\"3\"")).isEqualTo(3L);
        assertThat(IfMatch.expectedVersion("W/\"3\"")).isEqualTo(3L);
        assertThat(IfMatch.expectedVersion(" 12 ")).isEqualTo(12L);
    }

    @Test
    void no_header_or_any_version_means_last_writer_wins() {
        assertThat(IfMatch.expectedVersion(null)).isNull();
        assertThat(IfMatch.expectedVersion("*")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"-1\"", "\"1\", \"2\"", "\"99999999999999999999\""})
    void anything_else_is_refused(String header) {
        assertThatIllegalArgumentException().isThrownBy(() -> IfMatch.expectedVersion(header));
    }
}
