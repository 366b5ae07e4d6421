package nl.ontschot.app.account;

import nl.ontschot.app.account.internal.OrganisationAccounts;

/**
 * An account is about to be disabled, within that change's transaction: a module that needs the account to act
 * (the only active owner of a case manages it) refuses by throwing an {@link AccountProblem}, which the
 * administrator is shown as the answer to the change. Published by {@link OrganisationAccounts}; the account
 * module knows nothing of what the listeners keep.
 */
public record AccountDisabling(long userId, String username) {
}
