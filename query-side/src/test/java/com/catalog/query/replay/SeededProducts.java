package com.catalog.query.replay;

import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.query.product.ProductEvents;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Many product events straight into the event store, for replays that must run a while: {@code products} products
 * with ten events each (created, published, eight price changes), one INSERT … SELECT per 10,000 products. The
 * payloads are the app's own serialisation of real events, with the product id swapped in.
 */
final class SeededProducts {

    static final int EVENTS_PER_PRODUCT = 10;
    private static final String PLACEHOLDER = "00000000-0000-4000-8000-00000000beef";
    private static final int PRODUCTS_PER_INSERT = 10_000;
    /** Products whose events are interleaved in store order, as a bulk import by many sellers would write them. */
    private static final int INTERLEAVED = 100;

    private final JdbcClient jdbc;
    private final Serializer serializer;

    SeededProducts(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    void seed(int products) {
        String created = payload(ProductEvents.created(PLACEHOLDER, "seller-1", "Bench lamp", "Seeded for the replay "
                + "benchmark", "SKU-BENCH", 1000, "EUR"));
        String published = payload(new ProductPublishedEvent(PLACEHOLDER, ProductStatus.DRAFT));
        String priced = payload(new ProductPriceChangedEvent(PLACEHOLDER, 1000, "EUR", 1100, "EUR", false));
        String metaData = new String(serializer.serialize(MetaData.emptyInstance(), byte[].class).getData(),
                StandardCharsets.UTF_8);
        for (int from = 0; from < products; from += PRODUCTS_PER_INSERT) {
            jdbc.sql("""
                            INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier,
                                sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                            SELECT gen_random_uuid()::text, id, seq, 'Product', :at,
                                   CASE seq WHEN 0 THEN :createdType WHEN 1 THEN :publishedType ELSE :pricedType END,
                                   CASE seq WHEN 0 THEN :createdRevision WHEN 1 THEN :publishedRevision
                                            ELSE :pricedRevision END,
                                   convert_to(replace(CASE seq WHEN 0 THEN :created WHEN 1 THEN :published
                                                               ELSE :priced END, :placeholder, id), 'UTF8'),
                                   convert_to(:metaData, 'UTF8')
                            FROM (SELECT n, md5('bench-' || n)::uuid::text AS id
                                  FROM generate_series(:from, :to) n) p
                            CROSS JOIN generate_series(0, :last) seq
                            ORDER BY n / :interleaved, seq, n""")
                    .param("at", Instant.now().toString())
                    .param("createdType", type(created)).param("createdRevision", revision(created))
                    .param("publishedType", type(published)).param("publishedRevision", revision(published))
                    .param("pricedType", type(priced)).param("pricedRevision", revision(priced))
                    .param("created", json(created)).param("published", json(published)).param("priced", json(priced))
                    .param("placeholder", PLACEHOLDER).param("metaData", metaData)
                    .param("from", from).param("to", Math.min(products, from + PRODUCTS_PER_INSERT) - 1)
                    .param("last", EVENTS_PER_PRODUCT - 1).param("interleaved", INTERLEAVED)
                    .update();
        }
    }

    /** type, revision and JSON, tab-separated, as the app's event serializer writes them. */
    private String payload(Object event) {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        return serialized.getType().getName() + '\t' + serialized.getType().getRevision() + '\t'
                + new String(serialized.getData(), StandardCharsets.UTF_8);
    }

    private static String type(String payload) {
        return payload.split("\t", 3)[0];
    }

    private static String revision(String payload) {
        return payload.split("\t", 3)[1];
    }

    private static String json(String payload) {
        return payload.split("\t", 3)[2];
    }
}
