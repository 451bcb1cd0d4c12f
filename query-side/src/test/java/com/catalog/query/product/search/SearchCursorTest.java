package com.catalog.query.product.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    @Test
    void a_cursor_gives_back_the_sort_values_it_was_made_from() {
        List<FieldValue> after = List.of(FieldValue.of(2.75), FieldValue.of("8a3f4c2e"));

        List<FieldValue> decoded = SearchCursor.decode(SearchCursor.encode(ProductSort.RELEVANCE, after), ProductSort.RELEVANCE);

        assertThat(decoded.get(0).doubleValue()).isEqualTo(2.75);
        assertThat(decoded.get(1).stringValue()).isEqualTo("8a3f4c2e");
        List<FieldValue> newest = SearchCursor.decode(SearchCursor.encode(ProductSort.NEWEST,
                List.of(FieldValue.of(1764230400000L), FieldValue.of("id"))), ProductSort.NEWEST);
        assertThat(newest.get(0).longValue()).isEqualTo(1764230400000L);
    }

    @Test
    void a_cursor_of_another_sort_or_not_made_here_is_a_bad_request() {
        String newest = SearchCursor.encode(ProductSort.NEWEST, List.of(FieldValue.of(1L), FieldValue.of("id")));
        String forged = Base64.getUrlEncoder().encodeToString("{\"sort\":\"name\",\"after\":[{\"match_all\":{}}]}"
                .getBytes(StandardCharsets.UTF_8));

        for (String cursor : List.of("!!", "bm90IGpzb24", newest, forged)) {
            assertThatThrownBy(() -> SearchCursor.decode(cursor, ProductSort.NAME)).as(cursor)
                    .isInstanceOf(SearchParameterException.class)
                    .satisfies(e -> assertThat(((SearchParameterException) e).getBody().getProperties())
                            .containsEntry("code", "invalid-cursor"));
        }
    }
}
