package com.catalog.query.category;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.category.CategoryDeletedEvent;
import com.catalog.events.category.CategoryMovedEvent;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The projection's handlers against the real PostgreSQL and Flyway migrations, without the app around them. */
class CategoryProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-27T08:00:00Z");

    private static CategoryRepository repository;
    private static CategoryProjection projection;

    @BeforeAll
    static void migrate() {
        PostgresDatabase db = TestEngines.postgres();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                db.jdbcUrl() + "?currentSchema=read", db.username(), db.password()); // as the app: tables without schema
        Flyway.configure().dataSource(dataSource).schemas("read").defaultSchema("read").createSchemas(true)
                .locations("classpath:db/migration/read").load().migrate();
        repository = new CategoryRepository(JdbcClient.create(dataSource));
        projection = new CategoryProjection(repository);
    }

    @Test
    void a_move_gives_the_whole_subtree_the_new_ancestors_and_depths() {
        UUID a = create(null);
        UUID b = create(a);
        UUID c = create(b);
        UUID d = create(c);
        UUID target = create(create(null));

        projection.on(new CategoryMovedEvent(b.toString(), a.toString(), target.toString()), 1, AT);

        CategoryRow movedLeaf = repository.findById(d).orElseThrow();
        UUID targetParent = repository.findById(target).orElseThrow().parentId();
        assertThat(movedLeaf.path()).containsExactly(targetParent, target, b, c);
        assertThat(movedLeaf.depth()).isEqualTo(5);
        assertThat(repository.findById(c).orElseThrow().depth()).isEqualTo(4);
        assertThat(repository.findById(b).orElseThrow().parentId()).isEqualTo(target);
    }

    @Test
    void an_older_move_delivered_again_moves_nothing() {
        UUID first = create(null);
        UUID second = create(null);
        UUID moved = create(first);
        UUID leaf = create(moved);
        projection.on(new CategoryMovedEvent(moved.toString(), first.toString(), second.toString()), 1, AT);
        projection.on(new CategoryMovedEvent(moved.toString(), second.toString(), null), 2, AT);

        projection.on(new CategoryMovedEvent(moved.toString(), first.toString(), second.toString()), 1, AT);

        assertThat(repository.findById(moved).orElseThrow().path()).isEmpty();
        assertThat(repository.findById(leaf).orElseThrow().path()).containsExactly(moved);
        assertThat(repository.findById(leaf).orElseThrow().depth()).isEqualTo(2);
    }

    @Test
    void a_deleted_category_stays_gone_when_its_creation_is_delivered_again() {
        UUID id = create(null);
        projection.on(new CategoryDeletedEvent(id.toString(), null), 1, AT);

        projection.on(created(id, null), 0, AT);

        assertThat(repository.findById(id)).isEmpty();
    }

    private static UUID create(UUID parent) {
        UUID id = UUID.randomUUID();
        projection.on(created(id, parent), 0, AT);
        return id;
    }

    private static CategoryCreatedEvent created(UUID id, UUID parent) {
        return new CategoryCreatedEvent(id.toString(), "Category " + id, "slug-" + id, null,
                parent == null ? null : parent.toString(), 0);
    }
}
