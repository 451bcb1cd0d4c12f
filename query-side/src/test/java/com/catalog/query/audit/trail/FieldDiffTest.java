package com.catalog.query.audit.trail;

import com.catalog.query.audit.FieldChange;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "7f1c0f3e-0000-4000-8000-000000000001";

    @Test
    void a_first_event_sets_every_field_but_the_aggregate_id_from_nothing() {
        FieldDiff.Result diff = FieldDiff.apply(JSON.createObjectNode(),
                json("{\"productId\":\"" + ID + "\",\"name\":\"Oak Desk\",\"priceAmount\":12900,\"description\":null}"), ID);

        assertThat(diff.changes()).containsExactly(
                FieldChange.of("name", NullNode.getInstance(), TextNode.valueOf("Oak Desk")),
                FieldChange.of("priceAmount", NullNode.getInstance(), IntNode.valueOf(12900)));
        assertThat(diff.state()).isEqualTo(json("{\"name\":\"Oak Desk\",\"priceAmount\":12900,\"description\":null}"));
    }

    @Test
    void old_and_new_fields_are_one_change_of_the_field_they_name_and_unchanged_halves_are_left_out() {
        ObjectNode known = json("{\"name\":\"Oak Desk\",\"priceAmount\":12900,\"priceCurrency\":\"EUR\"}");

        FieldDiff.Result diff = FieldDiff.apply(known, json("{\"productId\":\"" + ID + "\",\"oldPriceAmount\":12900,"
                + "\"oldPriceCurrency\":\"EUR\",\"newPriceAmount\":9900,\"newPriceCurrency\":\"EUR\"}"), ID);

        assertThat(diff.changes()).containsExactly(
                FieldChange.of("priceAmount", IntNode.valueOf(12900), IntNode.valueOf(9900)));
        assertThat(diff.state()).isEqualTo(json("{\"name\":\"Oak Desk\",\"priceAmount\":9900,\"priceCurrency\":\"EUR\"}"));
        assertThat(known.get("priceAmount").asInt()).as("the known state is not modified").isEqualTo(12900);
    }

    @Test
    void before_and_after_fields_are_one_change_even_when_the_after_comes_first() {
        FieldDiff.Result diff = FieldDiff.apply(JSON.createObjectNode(),
                json("{\"statusAfter\":\"PUBLISHED\",\"statusBefore\":\"DRAFT\"}"), ID);

        assertThat(diff.changes()).containsExactly(
                FieldChange.of("status", TextNode.valueOf("DRAFT"), TextNode.valueOf("PUBLISHED")));
        assertThat(diff.state()).isEqualTo(json("{\"status\":\"PUBLISHED\"}"));
    }

    @Test
    void a_previous_value_without_the_new_one_is_reported_and_the_field_forgotten() {
        FieldDiff.Result diff = FieldDiff.apply(json("{\"status\":\"DRAFT\",\"name\":\"x\"}"),
                json("{\"productId\":\"" + ID + "\",\"previousStatus\":\"DRAFT\"}"), ID);

        assertThat(diff.changes()).containsExactly(new FieldChange("status", TextNode.valueOf("DRAFT"), null, null));
        assertThat(diff.state()).isEqualTo(json("{\"name\":\"x\"}"));
    }

    @Test
    void a_previous_value_next_to_the_field_itself_is_a_pair() {
        FieldDiff.Result diff = FieldDiff.apply(JSON.createObjectNode(),
                json("{\"status\":\"UNPUBLISHED\",\"previousStatus\":\"DISCONTINUED\"}"), ID);

        assertThat(diff.changes()).containsExactly(
                FieldChange.of("status", TextNode.valueOf("DISCONTINUED"), TextNode.valueOf("UNPUBLISHED")));
    }

    @Test
    void a_field_with_the_value_it_already_had_is_no_change() {
        FieldDiff.Result diff = FieldDiff.apply(json("{\"name\":\"Oak Desk\"}"),
                json("{\"name\":\"Oak Desk\",\"color\":\"oak\"}"), ID);

        assertThat(diff.changes()).extracting(FieldChange::field).containsExactly("color");
    }

    @Test
    void a_change_serialises_a_missing_before_as_null_and_leaves_out_an_unknown_after() throws Exception {
        assertThat(JSON.writeValueAsString(FieldChange.of("status", NullNode.getInstance(), TextNode.valueOf("DRAFT"))))
                .isEqualTo("{\"field\":\"status\",\"before\":null,\"after\":\"DRAFT\"}");
        assertThat(JSON.writeValueAsString(FieldChange.of("status", TextNode.valueOf("DRAFT"), null)))
                .isEqualTo("{\"field\":\"status\",\"before\":\"DRAFT\"}");
        assertThat(JSON.writeValueAsString(FieldChange.masked("email"))).isEqualTo("{\"field\":\"email\",\"masked\":true}");
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
