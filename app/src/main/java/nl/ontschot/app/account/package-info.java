/**
 * Accounts: people, their organisations, personal API tokens, organisation administrators (ADR 23) and the
 * logged-in person ({@link AccountPrincipal}). Its API is this package; its pages, its API endpoints and the
 * first start's administrator are in {@code internal}. It announces {@link FirstStart}.
 */
@ApplicationModule(displayName = "Accounts")
package nl.ontschot.app.account;

import org.springframework.modulith.ApplicationModule;
