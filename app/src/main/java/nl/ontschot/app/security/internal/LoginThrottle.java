package nl.ontschot.app.security.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per username and per client address (see ADR 0006).
 * <p>
 * A password check must first {@link #reserve} an attempt; the reservation is taken atomically, so once
 * the free attempts are used only one check runs per window however many requests arrive at once. After
 * {@value #FREE_ATTEMPTS} failures a username waits 2 s before the next check, doubling up to 5 minutes;
 * an address gets {@value #FREE_ATTEMPTS_PER_ADDRESS} failures over all usernames before the same waits.
 * <p>
 * So that a guesser cannot lock the real user out, a username that must wait still gets a check from an
 * address that has no recent failure and no check under way for it ("clean"), whatever other addresses
 * did; only the per-address limit bounds it. Once that address fails for the username it waits with the
 * others. The price: during a lock a guesser gets one guess per fresh address (ADR 0006).
 */
@Component
public class LoginThrottle {

	public static final int FREE_ATTEMPTS = 5;
	static final int FREE_ATTEMPTS_PER_ADDRESS = 20;
	private static final Duration FIRST_WAIT = Duration.ofSeconds(2);
	private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
	/** Failures older than this, without attempts since, are forgotten. */
	private static final Duration FORGET_AFTER = Duration.ofHours(1);
	/** Above this many entries the forgotten ones are removed, so that random names cannot fill the memory. */
	private static final int PURGE_ABOVE = 10_000;

	/** Failures counted under one key, the time of the last one, and checks under way. */
	private record Entry(int failures, Instant last, int pending) {

		boolean clean() {
			return failures == 0 && pending == 0;
		}
	}

	/** A reserved password check: report its outcome exactly once. */
	public interface Attempt {

		void succeeded();

		void failed();

		/** The check could not be made (not a wrong password): nothing is counted. */
		void abandoned();
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();
	private final Clock clock;

	public LoginThrottle() {
		this(Clock.systemUTC());
	}

	public LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Reserves one password check for the username from the address, or nothing when they must wait. A
	 * {@code null} address counts as one unknown address.
	 */
	public Optional<Attempt> reserve(String username, String address) {
		purgeWhenFull();
		String addressKey = "a|" + addressKey(address);
		String pairKey = "p|" + user(username) + "|" + addressKey(address);
		if (!take(addressKey, FREE_ATTEMPTS_PER_ADDRESS)) {
			return Optional.empty();
		}
		boolean[] clean = new boolean[1];
		entries.compute(pairKey, (k, e) -> {
			Entry current = alive(e);
			clean[0] = current == null || current.clean();
			return current == null ? new Entry(0, clock.instant(), 1)
					: new Entry(current.failures(), current.last(), current.pending() + 1);
		});
		String laneKey = "u|" + user(username);
		if (take(laneKey, FREE_ATTEMPTS)) {
			return Optional.of(attempt(addressKey, pairKey, laneKey));
		}
		if (clean[0]) {
			// the pending check on the pair keeps further requests from this address out; no shared budget
			return Optional.of(attempt(addressKey, pairKey, null));
		}
		release(addressKey);
		release(pairKey);
		return Optional.empty();
	}

	/** The attempt reserved under the keys; {@code lane} is null for a check granted to a clean address. */
	private Attempt attempt(String addressKey, String pairKey, String lane) {
		return new Attempt() {
			@Override
			public void succeeded() {
				release(addressKey);
				entries.remove(pairKey);
				if (lane != null) {
					reset(lane);
				}
			}

			@Override
			public void failed() {
				fail(addressKey);
				fail(pairKey);
				if (lane != null) {
					fail(lane);
				}
			}

			@Override
			public void abandoned() {
				release(addressKey);
				release(pairKey);
				if (lane != null) {
					release(lane);
				}
			}
		};
	}

	/** Takes a check under the key when its failures allow one now; atomic per key. */
	private boolean take(String key, int free) {
		boolean[] taken = new boolean[1];
		entries.compute(key, (k, e) -> {
			Entry current = alive(e);
			Instant now = clock.instant();
			if (current == null) {
				taken[0] = true;
				return new Entry(0, now, 1);
			}
			taken[0] = current.failures() + current.pending() < free
					|| current.pending() == 0 && !now.isBefore(current.last().plus(wait(current.failures() - free)));
			return taken[0] ? new Entry(current.failures(), current.last(), current.pending() + 1) : current;
		});
		return taken[0];
	}

	private static Duration wait(int overFree) {
		Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(20, Math.max(0, overFree)));
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}

	private void fail(String key) {
		entries.compute(key, (k, e) -> e == null ? new Entry(1, clock.instant(), 0)
				: new Entry(e.failures() + 1, clock.instant(), Math.max(0, e.pending() - 1)));
	}

	private void release(String key) {
		entries.computeIfPresent(key, (k, e) -> {
			Entry released = new Entry(e.failures(), e.last(), Math.max(0, e.pending() - 1));
			return released.clean() ? null : released;
		});
	}

	/** Forgets the failures but keeps checks under way (of someone else in the same lane) counted. */
	private void reset(String key) {
		entries.computeIfPresent(key, (k, e) -> e.pending() <= 1 ? null : new Entry(0, e.last(), e.pending() - 1));
	}

	private Entry alive(Entry e) {
		return e == null || e.pending() == 0 && e.last().plus(FORGET_AFTER).isBefore(clock.instant()) ? null : e;
	}

	private void purgeWhenFull() {
		if (entries.size() > PURGE_ABOVE) {
			entries.entrySet().removeIf(e -> alive(e.getValue()) == null);
		}
	}

	private static String user(String username) {
		return username == null ? "" : username.toLowerCase(Locale.ROOT);
	}

	/**
	 * The address as a key; an IPv6 address counts by its /64 network, since one client commonly holds a
	 * whole /64 and could otherwise use a fresh address for every guess.
	 */
	public static String addressKey(String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return bytes.length == 16 ? HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64" : address;
		} catch (UnknownHostException e) {
			return address;
		}
	}
}
