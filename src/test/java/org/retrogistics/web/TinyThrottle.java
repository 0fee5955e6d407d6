package org.retrogistics.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * Small limits and short lockouts, so that a test sees a lockout begin and end; a known link secret, so that a test
 * can sign links. The tests that carry it share one application of their own: they never throttle the others.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TestPropertySource(
        properties = {
            "retrogistics.security.throttle.account-failures=3",
            "retrogistics.security.throttle.account-window=10m",
            "retrogistics.security.throttle.lockout=2s",
            "retrogistics.security.throttle.max-lockout=4s",
            "retrogistics.security.throttle.address-failures=40",
            "retrogistics.security.throttle.address-window=10m",
            "retrogistics.security.link-secret=" + TinyThrottle.LINK_SECRET,
            // the successes of Basic and token sign-ins are logged at DEBUG; the tests read them
            "logging.level.org.retrogistics.signin=DEBUG"
        })
public @interface TinyThrottle {

    /** The secret the application signs portal links with under this annotation. */
    String LINK_SECRET = "a-secret-for-tests-only-0123456789";
}
