package nl.ontschot.app.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The browser sessions of every account, kept here because the accounts end them ({@code AccountSessions}: a
 * password changed, an account disabled); security registers each new session in it.
 */
@Configuration(proxyBeanMethods = false)
class SessionRegistryConfiguration {

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when a session ends, so that it forgets it. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}
}
