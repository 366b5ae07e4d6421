package nl.ontschot.app.database;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import nl.ontschot.app.OntschotProperties;

/** The data source on the database server; the pool closes before the server stops. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(OntschotProperties properties) {
		return DatabaseServer.start(properties);
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(DatabaseServer server) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.url());
		config.setUsername(server.user());
		config.setPassword(server.password());
		config.setMaximumPoolSize(10);
		config.setPoolName("ontschot");
		return new HikariDataSource(config);
	}
}
