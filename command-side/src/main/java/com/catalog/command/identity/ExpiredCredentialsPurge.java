package com.catalog.command.identity;

import com.catalog.command.identity.notification.NotificationOutbox;
import com.catalog.command.identity.notification.OneTimeTokens;
import com.catalog.command.identity.session.Sessions;
import com.catalog.command.security.AccessTokens;
import com.catalog.command.security.LoginThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Every sign-in and refresh leaves rows (access-token jtis, refresh tokens, one-time tokens, throttle buckets, sent
 * notifications) that stop mattering once expired; this deletes them periodically, a day after expiry so that a reuse of a just-expired
 * refresh token is still recognised. Replicas may run it concurrently: the deletes are idempotent.
 */
@Component
class ExpiredCredentialsPurge {

    private static final Logger log = LoggerFactory.getLogger(ExpiredCredentialsPurge.class);
    private static final Duration GRACE = Duration.ofDays(1);

    private final AccessTokens accessTokens;
    private final Sessions sessions;
    private final OneTimeTokens oneTimeTokens;
    private final LoginThrottle loginThrottle;
    private final NotificationOutbox notificationOutbox;
    private final Duration interval;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    ExpiredCredentialsPurge(AccessTokens accessTokens, Sessions sessions, OneTimeTokens oneTimeTokens,
                            LoginThrottle loginThrottle, NotificationOutbox notificationOutbox,
                            @Value("${catalog.identity.purge-interval:1h}") Duration interval) {
        this.accessTokens = accessTokens;
        this.sessions = sessions;
        this.oneTimeTokens = oneTimeTokens;
        this.loginThrottle = loginThrottle;
        this.notificationOutbox = notificationOutbox;
        this.interval = interval;
    }

    @PostConstruct
    void schedule() {
        scheduler.setThreadNamePrefix("identity-purge-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::runQuietly, Instant.now().plus(interval), interval);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdown();
    }

    /** @return the number of rows deleted */
    int purge(Instant now) {
        Instant cutoff = now.minus(GRACE);
        return accessTokens.purgeExpiredBefore(cutoff) + sessions.purgeExpiredBefore(cutoff)
                + oneTimeTokens.purgeExpiredBefore(cutoff) + loginThrottle.purgeIdleSince(cutoff)
                + notificationOutbox.purgeSentBefore(cutoff);
    }

    private void runQuietly() {
        try {
            int deleted = purge(Instant.now());
            if (deleted > 0) {
                log.info("Purged {} expired credential rows", deleted);
            }
        } catch (DataAccessException e) {
            log.warn("Purging expired credentials failed; next attempt in {}: {}", interval, e.getMessage());
        }
    }
}
