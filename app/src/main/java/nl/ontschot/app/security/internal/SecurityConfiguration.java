package nl.ontschot.app.security.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import nl.ontschot.app.account.AccountService;
import nl.ontschot.app.web.ApiErrorWriter;

/**
 * Two doors: the REST API under /api (stateless; HTTP Basic or a personal Bearer token; no CSRF, as no
 * browser session is involved) and the web pages (a login form, a session that expires, CSRF on every
 * form). Both send a strict Content-Security-Policy and refuse to be framed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** The headers that {@link #headers} sets, for the answers Tomcat writes itself ({@link ContainerErrorHeaders}). */
	static final Map<String, String> STATIC_HEADERS = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
			"X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "same-origin");

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt, with the algorithm named in each stored hash so that it can be upgraded later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, AccountService accounts,
			ApiErrorWriter errors) throws Exception {
		ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(errors);
		http.securityMatcher("/api/**")
				.authorizeHttpRequests(a -> a.anyRequest().authenticated())
				.authenticationManager(authenticationManager)
				.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
				.addFilterBefore(new BearerTokenFilter(accounts, entryPoint), BasicAuthenticationFilter.class)
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
						.accessDeniedHandler((request, response, denied) -> errors.write(request, response, 403,
								"api.forbidden")))
				.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager,
			SessionRegistry sessionRegistry) throws Exception {
		http.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
						"/v3/api-docs/**", "/schema/case.json", "/swagger-ui.html", "/swagger-ui/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
				.permitAll()
				.anyRequest().authenticated())
				.authenticationManager(authenticationManager)
				.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
						.failureHandler((request, response, failure) -> response.sendRedirect(
								request.getContextPath() + (failure instanceof LockedException ? "/login?locked"
										: "/login?error"))))
				.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
				// any number of sessions, but registered, so that a password change can end them
				.sessionManagement(s -> s.sessionConcurrency(c -> c.maximumSessions(-1).sessionRegistry(sessionRegistry)
						.expiredUrl("/login?ended")))
				.headers(SecurityConfiguration::headers);
		return http.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}
}
