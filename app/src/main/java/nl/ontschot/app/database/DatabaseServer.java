package nl.ontschot.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.ontschot.app.OntschotProperties;

/**
 * The PostgreSQL server Ontschot stores its data in: an external one when ONTSCHOT_DB_URL is set, else a
 * real PostgreSQL 17 started from the zonky binaries with its files under DATA/postgres. The embedded one
 * listens on 127.0.0.1 only and asks every connection the generated password in DATA/postgres-password.
 * Closing it stops the embedded server cleanly.
 */
public final class DatabaseServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);
	private static final String LOOPBACK = "127.0.0.1";
	private static final String SUPERUSER = "postgres";

	private final Optional<EmbeddedPostgres> embedded;
	private final String url;
	private final String user;
	private final String password;

	private DatabaseServer(Optional<EmbeddedPostgres> embedded, String url, String user, String password) {
		this.embedded = embedded;
		this.url = url;
		this.user = user;
		this.password = password;
	}

	public static DatabaseServer start(OntschotProperties properties) {
		if (properties.db().external()) {
			log.info("Using the PostgreSQL server at {}", properties.db().url());
			return new DatabaseServer(Optional.empty(), properties.db().url(), properties.db().user(),
					properties.db().password());
		}
		Path dir = properties.dataDir().resolve("postgres");
		try {
			Files.createDirectories(dir);
			StaleServer.stopIfRunning(dir);
			DatabasePassword password = DatabasePassword.readOrCreate(properties.dataDir().resolve("postgres-password"));
			boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
			boolean trusting = !fresh && ClientAuthentication.trustsAnyone(dir);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(dir)
					.setCleanDataDirectory(false)
					.setServerConfig("listen_addresses", LOOPBACK)
					// zonky's defaults are for throwaway test databases (-F: no fsync, no synchronous
					// commit); these are people's figures, so every commit is made durable
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on")
					.setServerConfig("max_connections", "50")
					.setServerConfig("shared_buffers", "64MB");
			if (fresh) {
				// zonky runs initdb with "-A trust"; its locale options come after it, and initdb takes the last
				builder.setLocaleConfig("auth", ClientAuthentication.METHOD)
						.setLocaleConfig("pwfile", password.file().toString());
			}
			if (!trusting) {
				builder.setConnectConfig("password", password.value());
			}
			EmbeddedPostgres postgres = builder.start();
			String url = "jdbc:postgresql://" + LOOPBACK + ":" + postgres.getPort() + "/postgres";
			if (trusting) {
				requirePassword(dir, url, password);
			}
			log.info("Embedded PostgreSQL 17 started with its data in {}", dir);
			return new DatabaseServer(Optional.of(postgres), url, SUPERUSER, password.value());
		} catch (IOException | SQLException e) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dir, e);
		}
	}

	/**
	 * Upgrades a data folder from before issue 7, still open to every local user: gives the superuser the
	 * password over that last trusted connection, then makes the server ask it of every connection.
	 */
	private static void requirePassword(Path dir, String url, DatabasePassword password)
			throws IOException, SQLException {
		log.warn("The embedded PostgreSQL in {} let every local user in; it now asks a password", dir);
		try (Connection connection = DriverManager.getConnection(url, SUPERUSER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("set password_encryption = '" + ClientAuthentication.METHOD + "'");
			// the password is URL-safe Base64 (see DatabasePassword), so this literal needs no escaping
			statement.execute("alter role " + SUPERUSER + " password '" + password.value() + "'");
			ClientAuthentication.requirePassword(dir);
			statement.execute("select pg_reload_conf()");
		}
	}

	public String url() {
		return url;
	}

	public String user() {
		return user;
	}

	public String password() {
		return password;
	}

	public boolean isEmbedded() {
		return embedded.isPresent();
	}

	@Override
	public void close() throws IOException {
		if (embedded.isPresent()) {
			embedded.get().close();
			log.info("Embedded PostgreSQL stopped");
		}
	}
}
