package nl.ontschot.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.ontschot.app.OntschotProperties;

/**
 * The PostgreSQL server Ontschot stores its data in: an external one when ONTSCHOT_DB_URL is set, else a
 * real PostgreSQL 17 started from the zonky binaries with its files under DATA/postgres. Closing it stops
 * the embedded server cleanly.
 */
public final class DatabaseServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);

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
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setDataDirectory(dir)
					.setCleanDataDirectory(false)
					// zonky's defaults are for throwaway test databases (-F: no fsync, no synchronous
					// commit); these are people's figures, so every commit is made durable
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on")
					.setServerConfig("max_connections", "50")
					.setServerConfig("shared_buffers", "64MB")
					.start();
			log.info("Embedded PostgreSQL 17 started with its data in {}", dir);
			return new DatabaseServer(Optional.of(postgres), postgres.getJdbcUrl("postgres", "postgres"), "postgres",
					"");
		} catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
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
