package nl.ontschot.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after {@value #FREE_ATTEMPTS} failed logins for a username, each further attempt
 * must wait, starting at 2 seconds and doubling up to 5 minutes. A successful login resets the count.
 */
@Component
class LoginThrottle {

	static final int FREE_ATTEMPTS = 5;
	private static final Duration FIRST_WAIT = Duration.ofSeconds(2);
	private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

	private record Failures(int count, Instant last) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();
	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long the username must still wait before a new attempt is considered; zero when it may try. */
	Duration waitFor(String username) {
		Failures f = failures.get(key(username));
		if (f == null || f.count() < FREE_ATTEMPTS) {
			return Duration.ZERO;
		}
		Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(20, f.count() - FREE_ATTEMPTS));
		if (wait.compareTo(LONGEST_WAIT) > 0) {
			wait = LONGEST_WAIT;
		}
		Duration left = Duration.between(clock.instant(), f.last().plus(wait));
		return left.isNegative() ? Duration.ZERO : left;
	}

	void failed(String username) {
		failures.merge(key(username), new Failures(1, clock.instant()),
				(old, x) -> new Failures(old.count() + 1, clock.instant()));
	}

	void succeeded(String username) {
		failures.remove(key(username));
	}

	private static String key(String username) {
		return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
	}
}
