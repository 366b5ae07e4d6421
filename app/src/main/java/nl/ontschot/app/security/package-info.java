/**
 * Authentication: the login form with its throttle, HTTP Basic and personal bearer tokens for the API, the
 * security headers and the session registry. It has no API of its own: the logged-in person is
 * {@link nl.ontschot.app.account.AccountPrincipal}.
 */
@ApplicationModule(displayName = "Security")
package nl.ontschot.app.security;

import org.springframework.modulith.ApplicationModule;
