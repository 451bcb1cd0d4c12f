package com.catalog.query.replay;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One replay per projection across every replica: a PostgreSQL session advisory lock, held by a connection kept
 * open for the whole replay. If the replica dies, its session ends and the lock is free again.
 */
@Component
class ReplayLock {

    private final DataSource dataSource;

    ReplayLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return the held lock (close it to release), or null when another session holds it */
    Held tryAcquire(String processor) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT pg_try_advisory_lock(hashtext('catalog-replay'), hashtext(?))")) {
                lock.setString(1, processor);
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        return new Held(connection);
                    }
                }
            }
            connection.close();
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the replay lock of " + processor, e);
        }
    }

    /** Closing the session releases the advisory lock (the pool would otherwise keep it held). */
    record Held(Connection connection) implements AutoCloseable {

        @Override
        public void close() {
            try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                unlock.execute();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot release the replay lock", e);
            }
        }
    }
}
