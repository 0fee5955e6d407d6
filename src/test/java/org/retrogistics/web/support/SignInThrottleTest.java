package org.retrogistics.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Duration LOCKOUT = Duration.ofMillis(200);

    private final SignInThrottle throttle = new SignInThrottle(new ThrottleSettings(
            3,
            Duration.ofMinutes(10),
            LOCKOUT,
            Duration.ofMillis(600),
            Duration.ofMinutes(1),
            5,
            Duration.ofMinutes(10),
            1000));

    @Test
    void anAccountLocksAtItsThirdFailureAndEachRelockDoublesUpToTheCap() {
        throttle.failed("user:a", "10.0.0.1");
        throttle.failed("user:a", "10.0.0.2");
        assertThat(throttle.retryAfter("user:a", "10.0.0.3")).isEmpty();
        throttle.failed("user:a", "10.0.0.3");
        assertThat(throttle.retryAfter("user:a", "10.0.0.4"))
                .get()
                .satisfies(w -> assertThat(w).isPositive().isLessThanOrEqualTo(LOCKOUT));
        assertThat(throttle.retryAfter("user:b", "10.0.0.4")).isEmpty();

        for (Duration longest :
                new Duration[] {LOCKOUT.multipliedBy(2), LOCKOUT.multipliedBy(3), LOCKOUT.multipliedBy(3)}) {
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> throttle.retryAfter("user:a", "10.0.0.4").isEmpty());
            throttle.failed("user:a", "10.0.0.4"); // one failure after a lockout locks again at once
            assertThat(throttle.retryAfter("user:a", "10.0.0.5")).get().satisfies(w -> assertThat(w)
                    .isGreaterThan(longest.minus(LOCKOUT).minusMillis(50))
                    .isLessThanOrEqualTo(longest));
        }
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() {
        throttle.failed("user:c", "10.0.1.1");
        throttle.failed("user:c", "10.0.1.1");
        throttle.succeeded("user:c");
        throttle.failed("user:c", "10.0.1.2");
        throttle.failed("user:c", "10.0.1.2");
        assertThat(throttle.retryAfter("user:c", "10.0.1.3")).isEmpty();
    }

    @Test
    void anAddressWaitsAfterItsFailuresWhateverTheAccountsAndOtherAddressesDoNot() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.retryAfter("user:n" + i, "10.0.2.1")).isEmpty();
            throttle.failed("user:n" + i, "10.0.2.1");
        }
        assertThat(throttle.retryAfter("user:fresh", "10.0.2.1")).isPresent();
        assertThat(throttle.retryAfter(null, "10.0.2.1")).isPresent();
        assertThat(throttle.retryAfter("user:fresh", "10.0.2.2")).isEmpty();
    }

    @Test
    void waitsAreRoundedUpToWholeSecondsAndMinutes() {
        assertThat(SignInThrottle.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(SignInThrottle.seconds(Duration.ofMillis(2001))).isEqualTo(3);
        assertThat(SignInThrottle.minutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(SignInThrottle.minutes(Duration.ofSeconds(5))).isEqualTo(1);
    }
}
