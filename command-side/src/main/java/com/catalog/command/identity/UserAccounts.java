package com.catalog.command.identity;

import com.catalog.events.user.UserRole;
import com.catalog.events.user.UserStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads {@code event_store.user_account}. */
@Component
public class UserAccounts {

    private static final String COLUMNS = "user_id, email, name, password_hash, role, status, email_verified, created_at";

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> byEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_store.user_account WHERE email_lower = ?")
                .param(EmailAddresses.normalised(email)).query(UserAccounts::map).optional();
    }

    public Optional<UserAccount> byId(String userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_store.user_account WHERE user_id = ?")
                .param(userId).query(UserAccounts::map).optional();
    }

    /** Users whose email or name contains {@code text} (any case), newest first. */
    public List<UserAccount> search(String text, UserStatus status, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_store.user_account"
                        + " WHERE (:text = '' OR email_lower LIKE :pattern OR lower(name) LIKE :pattern)"
                        + " AND (:status = '' OR status = :status)"
                        + " ORDER BY created_at DESC, user_id OFFSET :offset LIMIT :limit")
                .param("text", text).param("pattern", pattern(text)).param("status", status == null ? "" : status.name())
                .param("offset", offset).param("limit", limit)
                .query(UserAccounts::map).list();
    }

    public long count(String text, UserStatus status) {
        return jdbc.sql("SELECT count(*) FROM event_store.user_account"
                        + " WHERE (:text = '' OR email_lower LIKE :pattern OR lower(name) LIKE :pattern)"
                        + " AND (:status = '' OR status = :status)")
                .param("text", text).param("pattern", pattern(text)).param("status", status == null ? "" : status.name())
                .query(Long.class).single();
    }

    private static String pattern(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getString("user_id"), rs.getString("email"), rs.getString("name"),
                rs.getString("password_hash"), UserRole.valueOf(rs.getString("role")), UserStatus.valueOf(rs.getString("status")),
                rs.getBoolean("email_verified"),
                rs.getTimestamp("created_at").toInstant());
    }
}
