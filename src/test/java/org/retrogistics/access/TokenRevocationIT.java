package org.retrogistics.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.internal.ApiTokenRepository;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A revocation reaches another instance within the token cache's lifetime (1 s): a second {@link TokenManagement} on
 * the same database stands for that instance. Its last-use writes stay at one per token and interval.
 */
class TokenRevocationIT extends ApiTestSupport {

    @Autowired
    ApiTokenRepository repository;

    @Autowired
    AccessAudit audit;

    @Autowired
    TokenManagement here;

    @Test
    void anotherInstanceRefusesARevokedTokenWithinOneSecond() {
        Tenant t = newTenant();
        AccessSettings settings = new AccessSettings(null, null, null, null, null, null, null);
        TokenManagement there = new TokenManagement(repository, audit, settings, Optional.empty());
        TokenManagement.IssuedToken issued = here.issue(t.id(), "test", "replica", EnumSet.of(Role.AGENT), null, null);
        assertThat(there.authenticate(issued.secret())).isPresent();

        here.revoke(Actor.system(t.id(), "test"), issued.snapshot().id(), "rotation");
        assertThat(here.authenticate(issued.secret()))
                .as("this instance: at once")
                .isEmpty();
        long revokedAt = System.nanoTime();
        await().atMost(Duration.ofMillis(2500))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> there.authenticate(issued.secret()).isEmpty());
        long millis = Duration.ofNanos(System.nanoTime() - revokedAt).toMillis();
        System.out.println("REVOKE another instance refused the token after " + millis + " ms");
        // the cache's lifetime bounds it; the slack is for a busy machine's scheduling, not for the design
        assertThat(millis).isLessThanOrEqualTo(settings.tokenCacheTtl().toMillis() + 500);
    }

    @Test
    void theLastUseIsWrittenAtMostOncePerInterval() {
        Tenant t = newTenant();
        TokenManagement.IssuedToken issued = here.issue(t.id(), "test", "busy", EnumSet.of(Role.AGENT), null, null);
        assertThat(here.authenticate(issued.secret())).isPresent();
        String sql = "select last_used_at from api_token where id = ?";
        var first = jdbc.sql(sql)
                .params(issued.snapshot().id())
                .query(java.sql.Timestamp.class)
                .single();
        assertThat(first).isNotNull();
        for (int i = 0; i < 50; i++) {
            assertThat(here.authenticate(issued.secret())).isPresent();
        }
        assertThat(jdbc.sql(sql)
                        .params(issued.snapshot().id())
                        .query(java.sql.Timestamp.class)
                        .single())
                .isEqualTo(first);
    }
}
