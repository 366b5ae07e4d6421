package nl.ontschot.app.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The throttle itself, on a clock the test moves: windows, parallel reservations, addresses. */
class LoginThrottleTest {

	private final MovableClock clock = new MovableClock();
	private final LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void afterTheFreeAttemptsOneCheckPerWindowHoweverManyArriveAtOnce() throws Exception {
		failTimes("ria", "192.0.2.1", LoginThrottle.FREE_ATTEMPTS);

		assertThat(reserveInParallel("ria", "192.0.2.1", 40)).isZero();
		clock.advance(Duration.ofSeconds(2));
		assertThat(reserveInParallel("ria", "192.0.2.1", 40)).isEqualTo(1);
	}

	@Test
	void beforeTheLockParallelRequestsGetNoMoreThanTheFreeAttempts() throws Exception {
		assertThat(reserveInParallel("sem", "192.0.2.2", 40)).isEqualTo(LoginThrottle.FREE_ATTEMPTS);
	}

	@Test
	void anAddressWithoutFailuresStillGetsACheckWhileTheUsernameIsLocked() {
		failTimes("ada", "192.0.2.3", LoginThrottle.FREE_ATTEMPTS);

		assertThat(throttle.reserve("ada", "192.0.2.3")).isEmpty();
		Optional<LoginThrottle.Attempt> realUser = throttle.reserve("ada", "198.51.100.4");
		assertThat(realUser).isPresent();
		realUser.get().succeeded();
		assertThat(throttle.reserve("ada", "192.0.2.3")).isEmpty();
	}

	@Test
	void guessesFromManyAddressesDoNotLockOutACleanAddress() {
		failTimes("bas", "192.0.2.20", LoginThrottle.FREE_ATTEMPTS);
		for (int i = 21; i <= 40; i++) {
			throttle.reserve("bas", "192.0.2." + i).orElseThrow().failed();
		}

		assertThat(throttle.reserve("bas", "192.0.2.21")).as("an address that failed joins the lock").isEmpty();
		assertThat(throttle.reserve("bas", "198.51.100.20")).isPresent();
	}

	@Test
	void parallelGuessesFromOneCleanAddressDuringALockGetOneCheck() throws Exception {
		failTimes("eva", "192.0.2.41", LoginThrottle.FREE_ATTEMPTS);

		assertThat(reserveInParallel("eva", "198.51.100.41", 40)).isEqualTo(1);
	}

	@Test
	void oneAddressGuessingManyUsernamesIsSlowedDown() {
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_ADDRESS; i++) {
			throttle.reserve("naam-" + i, "192.0.2.5").orElseThrow().failed();
		}

		assertThat(throttle.reserve("nog-een-naam", "192.0.2.5")).isEmpty();
		assertThat(throttle.reserve("nog-een-naam", "192.0.2.6")).isPresent();
	}

	@Test
	void anIpv6ClientCountsByItsNetwork() {
		assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa::1"))
				.isEqualTo(LoginThrottle.addressKey("2001:db8:1:2:bbbb::2"))
				.isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:3::1"));
		assertThat(LoginThrottle.addressKey("192.0.2.7")).isEqualTo("192.0.2.7");
	}

	private void failTimes(String username, String address, int times) {
		for (int i = 0; i < times; i++) {
			throttle.reserve(username, address).orElseThrow().failed();
		}
	}

	/** How many of {@code n} simultaneous reservations were granted; none reports an outcome. */
	private int reserveInParallel(String username, String address, int n) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				Callable<Boolean> reserve = () -> {
					start.await();
					return throttle.reserve(username, address).isPresent();
				};
				results.add(pool.submit(reserve));
			}
			start.countDown();
			int granted = 0;
			for (Future<Boolean> result : results) {
				granted += result.get() ? 1 : 0;
			}
			return granted;
		} finally {
			pool.shutdownNow();
		}
	}

	private static final class MovableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-11-23T10:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
