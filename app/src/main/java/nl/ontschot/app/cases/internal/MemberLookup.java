package nl.ontschot.app.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import nl.ontschot.app.account.AccountService;
import nl.ontschot.app.account.InvitableAccounts;
import nl.ontschot.app.account.UserAccount;
import nl.ontschot.app.web.StatusException;

/**
 * Finds the account to add to a case by its username or e-mail address ({@link InvitableAccounts}). An admin
 * may try any; anyone else gets {@value #MISSES_PER_HOUR} names or addresses that do not exist per hour and
 * then no answer at all for the rest of the hour, so that the accounts of other organisations cannot be found
 * by trying them one by one. An unknown address gets the same answer as an unknown name.
 */
@Component
public class MemberLookup {

	static final int MISSES_PER_HOUR = 10;
	private static final Duration WINDOW = Duration.ofHours(1);

	/** Lookups counted in the window that started at {@code since}; a hit gives its count back. */
	private record Lookups(int count, Instant since) {
	}

	private final AccountService accounts;
	private final InvitableAccounts invitable;
	private final Map<Long, Lookups> lookups = new ConcurrentHashMap<>();

	MemberLookup(AccountService accounts, InvitableAccounts invitable) {
		this.accounts = accounts;
		this.invitable = invitable;
	}

	/** The account named by its username or e-mail address. */
	public UserAccount find(long askedBy, String account) {
		boolean admin = accounts.findById(askedBy).map(UserAccount::admin).orElse(false);
		if (admin) {
			return invitable.find(account)
					.orElseThrow(() -> new StatusException(404, "case.userNotFound", account));
		}
		Instant now = Instant.now();
		// counted before the lookup, so that parallel requests cannot pass the limit together
		Lookups counted = lookups.compute(askedBy, (k, l) -> l == null || !now.isBefore(l.since().plus(WINDOW))
				? new Lookups(1, now)
				: new Lookups(l.count() + 1, l.since()));
		if (counted.count() > MISSES_PER_HOUR) {
			throw new StatusException(429, "case.tooManyLookups");
		}
		UserAccount found = invitable.find(account)
				.orElseThrow(() -> new StatusException(404, "case.userNotFound", account));
		lookups.computeIfPresent(askedBy, (k, l) -> new Lookups(l.count() - 1, l.since()));
		return found;
	}
}
