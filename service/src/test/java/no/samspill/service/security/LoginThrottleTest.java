package no.samspill.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's rules with addresses a test over loopback cannot make: one address's guessing holds up nobody else. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-07T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(null, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void a_guesser_waits_and_the_same_staff_member_elsewhere_does_not() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
            throttle.failed("203.0.113.66", "kari");
        }
        assertThat(throttle.waitBeforeNextTry("203.0.113.66", "kari")).isZero();
        throttle.failed("203.0.113.66", "kari");
        assertThat(throttle.waitBeforeNextTry("203.0.113.66", "kari")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("203.0.113.66", "kari");
        assertThat(throttle.waitBeforeNextTry("203.0.113.66", "kari")).isEqualTo(Duration.ofSeconds(2));

        assertThat(throttle.waitBeforeNextTry("198.51.100.7", "kari")).as("kari at her desk").isZero();
        assertThat(throttle.waitBeforeNextTry("203.0.113.66", "per")).as("another user, few failures").isZero();
    }

    @Test
    void the_wait_is_bounded_and_forgotten_after_a_quiet_quarter_hour() {
        for (int i = 0; i < 200; i++) {
            throttle.failed("203.0.113.66", "admin");
        }
        assertThat(throttle.waitBeforeNextTry("203.0.113.66", "admin")).isEqualTo(LoginThrottle.LONGEST_WAIT);
        now = now.plus(LoginThrottle.LONGEST_WAIT);
        assertThat(throttle.waitBeforeNextTry("203.0.113.66", "admin")).isZero();
        now = now.plus(LoginThrottle.FORGOTTEN_AFTER);
        throttle.failed("203.0.113.66", "admin");
        assertThat(throttle.waitBeforeNextTry("203.0.113.66", "admin")).as("counting anew").isZero();
    }

    @Test
    void spraying_many_users_from_one_address_holds_that_address_up() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("203.0.113.66", "user" + i);
        }
        assertThat(throttle.waitBeforeNextTry("203.0.113.66", "someone-new")).isPositive();
        assertThat(throttle.waitBeforeNextTry("198.51.100.7", "someone-new")).isZero();
    }
}
