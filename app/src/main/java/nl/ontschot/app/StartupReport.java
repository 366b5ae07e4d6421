package nl.ontschot.app;

import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.ontschot.app.account.InitialPasswordFile;
import nl.ontschot.app.configuration.OntschotProperties;
import nl.ontschot.app.database.DatabaseServer;

/** Tells the person who started Ontschot where to browse, where the data lives and how to log in. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Environment environment;
	private final OntschotProperties properties;
	private final DatabaseServer database;
	private final InitialPasswordFile passwordFile;

	StartupReport(Environment environment, OntschotProperties properties, DatabaseServer database,
			InitialPasswordFile passwordFile) {
		this.environment = environment;
		this.properties = properties;
		this.database = database;
		this.passwordFile = passwordFile;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		String login = Files.exists(passwordFile.path())
				? "log in as 'admin' with the password in " + passwordFile.path()
				: "log in with your account (the first account is 'admin')";
		log.info("""

				  Ontschot is ready: browse to http://localhost:{}/
				  Data: {} ({})
				  Login: {}
				  API: http://localhost:{}/swagger-ui.html    Stop: Ctrl-C
				""", port, properties.dataDir(),
				database.isEmbedded() ? "embedded PostgreSQL 17" : "external PostgreSQL " + database.url(), login,
				port);
	}
}
