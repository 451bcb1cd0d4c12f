package com.catalog.query.product.details;

import com.catalog.query.product.ProductEvents;
import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.query.product.ProductStatus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.catalog.events.product.CurrencyAmount;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The sequence guard of the upsert, against the real PostgreSQL and the real Flyway migrations. */
class ProductDetailsRepositoryTest {

    private static ProductDetailsRepository repository;

    @BeforeAll
    static void migrate() {
        PostgresDatabase db = TestEngines.postgres();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                db.jdbcUrl() + "?currentSchema=read", db.username(), db.password()); // as the app: tables without schema
        Flyway.configure().dataSource(dataSource).schemas("read").defaultSchema("read").createSchemas(true)
                .locations("classpath:db/migration/read").load().migrate();
        repository = new ProductDetailsRepository(JdbcClient.create(dataSource), new NamedParameterJdbcTemplate(dataSource), dataSource);
    }

    @Test
    void the_first_event_inserts_the_row() {
        ProductDetails created = product(UUID.randomUUID(), "Lamp", 0);

        assertThat(repository.upsert(created)).isTrue();
        assertThat(repository.findById(created.id())).contains(created);
    }

    @Test
    void a_duplicate_of_the_same_sequence_changes_nothing() {
        UUID id = UUID.randomUUID();
        repository.upsert(product(id, "Lamp", 3));

        assertThat(repository.upsert(product(id, "Changed", 3))).isFalse();
        assertThat(repository.findById(id).orElseThrow().name()).isEqualTo("Lamp");
    }

    @Test
    void an_older_event_never_overwrites_a_newer_row() {
        UUID id = UUID.randomUUID();
        repository.upsert(product(id, "Newer", 5));

        assertThat(repository.upsert(product(id, "Older", 4))).isFalse();
        assertThat(repository.findById(id).orElseThrow().lastSequence()).isEqualTo(5);
    }

    @Test
    void a_newer_event_replaces_the_row() {
        UUID id = UUID.randomUUID();
        repository.upsert(product(id, "Lamp", 1));

        assertThat(repository.upsert(product(id, "Lamp v2", 2))).isTrue();
        assertThat(repository.findById(id).orElseThrow().name()).isEqualTo("Lamp v2");
    }

    @Test
    void a_status_change_moves_status_sequence_and_update_time_and_keeps_the_rest() {
        UUID id = UUID.randomUUID();
        repository.upsert(product(id, "Lamp", 0));
        Instant later = Instant.parse("2025-03-05T00:00:00Z");

        assertThat(repository.updateStatus(id, ProductStatus.PUBLISHED, 1, later)).isTrue();

        ProductDetails row = repository.findById(id).orElseThrow();
        assertThat(row.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(row.lastSequence()).isEqualTo(1);
        assertThat(row.updatedAt()).isEqualTo(later);
        assertThat(row.name()).isEqualTo("Lamp");
    }

    @Test
    void a_redelivered_or_older_status_or_price_change_changes_nothing() {
        UUID id = UUID.randomUUID();
        repository.upsert(product(id, "Lamp", 0));
        ProductDetails created = repository.findById(id).orElseThrow();
        repository.upsert(created.withPrices(List.of(new CurrencyAmount("EUR", 2500)), List.of(), false, 1, Instant.parse("2025-03-05T00:00:00Z")));
        repository.updateStatus(id, ProductStatus.PUBLISHED, 2, Instant.parse("2025-03-06T00:00:00Z"));

        assertThat(repository.upsert(created.withPrices(List.of(new CurrencyAmount("USD", 9999)), List.of(), false, 1, Instant.now()))).isFalse();
        assertThat(repository.updateStatus(id, ProductStatus.UNPUBLISHED, 2, Instant.now())).isFalse();

        ProductDetails row = repository.findById(id).orElseThrow();
        assertThat(row.priceAmount()).isEqualTo(2500);
        assertThat(row.priceCurrency()).isEqualTo("EUR");
        assertThat(row.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(row.lastSequence()).isEqualTo(2);
    }

    @Test
    void many_rows_in_one_statement_read_back_as_they_were_written() {
        ProductDetails plain = product(UUID.randomUUID(), "Lamp", 0);
        ProductDetails priced = product(UUID.randomUUID(), "Desk", 3)
                .withPrices(List.of(new CurrencyAmount("EUR", 2500), new CurrencyAmount("USD", 2700)),
                        List.of(new CurrencyAmount("EUR", 3000)), true, 4, Instant.parse("2025-03-05T00:00:00.5Z"))
                .withCostPrice(new CurrencyAmount("EUR", 900), 5, Instant.parse("2025-03-06T00:00:00Z"))
                .withStatus(ProductStatus.PUBLISHED, 6, Instant.parse("2025-03-07T00:00:00Z"));

        repository.upsertAll(List.of(plain, priced));

        assertThat(repository.findById(plain.id())).contains(plain);
        assertThat(repository.findById(priced.id())).contains(priced);
    }

    @Test
    void many_rows_in_one_statement_keep_each_rows_sequence_guard() {
        UUID newer = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        repository.upsert(product(newer, "Newer", 5));
        repository.upsert(product(older, "Older", 1));

        repository.upsertAll(List.of(product(newer, "Stale", 4), product(older, "Moved on", 2)));

        assertThat(repository.findById(newer).orElseThrow().name()).isEqualTo("Newer");
        assertThat(repository.findById(older).orElseThrow().name()).isEqualTo("Moved on");
        assertThat(repository.findById(older).orElseThrow().lastSequence()).isEqualTo(2);
    }

    private static ProductDetails product(UUID id, String name, long sequence) {
        ProductCreatedEvent event = ProductEvents.created(id.toString(), "seller-1", name, "desc", "SKU-" + sequence, 1000, "EUR");
        // microsecond precision, as PostgreSQL stores timestamptz
        return ProductDetails.created(event, sequence, Instant.parse("2025-03-04T05:06:07.123456Z"));
    }
}
