package com.catalog.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExpiredCredentialsPurgeApiTest extends IdentityApiTest {

    @Autowired
    ExpiredCredentialsPurge purge;

    @Test
    void rows_of_long_expired_credentials_are_deleted_and_live_ones_kept() {
        String expiredEmail = freshEmail();
        String expiredUser = registerBuyer(expiredEmail);
        signIn(expiredEmail, PASSWORD);
        String liveEmail = freshEmail();
        String liveUser = registerBuyer(liveEmail);
        JsonNode live = signIn(liveEmail, PASSWORD);
        jdbc.sql("UPDATE event_store.access_token SET expires_at = now() - interval '2 days' WHERE user_id = ?")
                .param(expiredUser).update();
        jdbc.sql("""
                UPDATE event_store.refresh_token SET expires_at = now() - interval '2 days' WHERE family_id IN
                    (SELECT family_id FROM event_store.session_family WHERE user_id = ?)""").param(expiredUser).update();
        jdbc.sql("UPDATE event_store.session_family SET created_at = now() - interval '20 days' WHERE user_id = ?")
                .param(expiredUser).update();

        assertThat(purge.purge(Instant.now())).isGreaterThanOrEqualTo(3);

        assertThat(count("access_token", expiredUser)).isZero();
        assertThat(count("session_family", expiredUser)).isZero();
        assertThat(count("access_token", liveUser)).isEqualTo(1);
        assertThat(refresh(live.path("refresh_token").asText()).statusCode()).isEqualTo(200);
    }

    private long count(String table, String userId) {
        return jdbc.sql("SELECT count(*) FROM event_store." + table + " WHERE user_id = ?").param(userId).query(Long.class).single();
    }
}
