package nl.ontschot.app.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.ontschot.app.account.AccountService;
import nl.ontschot.app.account.FirstStart;
import nl.ontschot.app.account.InitialPasswordFile;
import nl.ontschot.app.account.UserAccount;
import nl.ontschot.app.configuration.OntschotProperties;

/**
 * On an empty database, creates the account {@code admin}: with ONTSCHOT_ADMIN_PASSWORD, or else with a
 * random password that is logged once and written to DATA/initial-admin-password. Never a default password.
 */
@Component
@Order(1)
class AdminBootstrap implements ApplicationRunner {

	static final String ADMIN = "admin";
	static final String ADMIN_ORGANISATION = "Beheer";
	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountService accounts;
	private final OntschotProperties properties;
	private final InitialPasswordFile passwordFile;
	private final ApplicationEventPublisher events;

	AdminBootstrap(AccountService accounts, OntschotProperties properties, InitialPasswordFile passwordFile,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.properties = properties;
		this.passwordFile = passwordFile;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.anyUser()) {
			if (!properties.adminPassword().isBlank()) {
				log.info("ONTSCHOT_ADMIN_PASSWORD is not used: the database has accounts already, and '{}' keeps its "
						+ "password", ADMIN);
			}
			return;
		}
		boolean given = !properties.adminPassword().isBlank();
		String password = given ? properties.adminPassword() : AccountService.randomSecret(20);
		UserAccount admin = accounts.createUser(ADMIN, "Beheerder", password, ADMIN_ORGANISATION, true);
		if (given) {
			log.info("First start: account '{}' created with the password from ONTSCHOT_ADMIN_PASSWORD", ADMIN);
		} else {
			passwordFile.write(password);
			log.warn("First start: account '{}' created with password {} (also in {}); change it after logging in",
					ADMIN, password, passwordFile.path());
		}
		events.publishEvent(new FirstStart(admin.id()));
	}
}
