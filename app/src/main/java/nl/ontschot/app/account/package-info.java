/**
 * Accounts: people, their organisations, personal API tokens, organisation administrators (ADR 23) and the
 * logged-in person ({@link AccountPrincipal}). Its API is this package; its pages, its API endpoints and the
 * first start's administrator are in {@code internal}. It announces {@link FirstStart}, and
 * {@link AccountDisabling} before an account is disabled, which the cases may refuse (an only active owner).
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "configuration", "web" })
package nl.ontschot.app.account;

import org.springframework.modulith.ApplicationModule;
