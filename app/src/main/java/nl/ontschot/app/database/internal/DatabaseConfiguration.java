package nl.ontschot.app.database.internal;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import nl.ontschot.app.configuration.OntschotProperties;
import nl.ontschot.app.database.DatabaseServer;

/**
 * The data source on the database server; the pool closes before the server stops. The watchdog stops
 * before the server, so that it never restarts a server that is being stopped.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(OntschotProperties properties) {
		return DatabaseServer.start(properties);
	}

	@Bean(destroyMethod = "close")
	DatabaseWatchdog databaseWatchdog(DatabaseServer server) {
		return new DatabaseWatchdog(server, Duration.ofMillis(500));
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(DatabaseServer server) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.url());
		config.setUsername(server.user());
		config.setPassword(server.password());
		config.setMaximumPoolSize(10);
		config.setPoolName("ontschot");
		// Hikari waits 30 s for a connection by default; with the server gone, a request should get its
		// 503 within seconds and the person try again once the watchdog restarted the server
		config.setConnectionTimeout(Duration.ofSeconds(3).toMillis());
		config.setValidationTimeout(Duration.ofSeconds(1).toMillis());
		return new HikariDataSource(config);
	}
}
