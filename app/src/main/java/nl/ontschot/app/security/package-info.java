/**
 * Authentication: the login form with its throttle, HTTP Basic and personal bearer tokens for the API, and the
 * security headers; each new browser session is registered in the accounts' session registry, so that the
 * accounts can end it. It has no API of its own: the logged-in person is
 * {@link nl.ontschot.app.account.AccountPrincipal}.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = { "account", "web" })
package nl.ontschot.app.security;

import org.springframework.modulith.ApplicationModule;
