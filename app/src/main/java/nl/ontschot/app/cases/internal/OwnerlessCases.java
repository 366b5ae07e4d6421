package nl.ontschot.app.cases.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.ontschot.app.account.AccountDisabling;
import nl.ontschot.app.account.AccountProblem;

/**
 * A case is managed by its owners only, and a disabled account cannot log in: disabling the only active owner
 * of a case would leave it without anyone who can add a member or make another owner. The administrator is
 * told to make someone else owner first.
 */
@Component
class OwnerlessCases {

	private final CaseStore store;

	OwnerlessCases(CaseStore store) {
		this.store = store;
	}

	@EventListener
	void disabling(AccountDisabling disabling) {
		int cases = store.casesOnlyOwnedBy(disabling.userId());
		if (cases > 0) {
			throw new AccountProblem(409, "case.onlyActiveOwner", "disabled", disabling.username(), cases);
		}
	}
}
