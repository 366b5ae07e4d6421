package nl.ontschot.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import nl.ontschot.app.configuration.OntschotProperties;
import nl.ontschot.app.database.internal.ClientAuthentication;
import nl.ontschot.app.database.internal.DatabasePassword;
import nl.ontschot.app.database.internal.StaleServer;

/**
 * The PostgreSQL server Ontschot stores its data in: an external one when ONTSCHOT_DB_URL is set, else a
 * real PostgreSQL 17 started from the zonky binaries with its files under DATA/postgres. The embedded one
 * listens on 127.0.0.1 only and asks every connection the generated password in DATA/postgres-password.
 * When its postmaster has died, {@link #restartIfStopped()} starts it again on the same folder and port.
 * Closing it stops the embedded server cleanly.
 */
public final class DatabaseServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);
	private static final String LOOPBACK = "127.0.0.1";
	private static final String SUPERUSER = "postgres";

	/**
	 * zonky's defaults are for throwaway test databases (-F: no fsync, no synchronous commit); these are
	 * people's figures, so every commit is made durable.
	 */
	private static final Map<String, String> SERVER_CONFIG = Map.of(
			"listen_addresses", LOOPBACK,
			// no Unix socket: its lock file in /tmp names the postmaster's pid, and a killed postmaster left
			// as a zombie would keep a restart from starting; the application connects over TCP only
			"unix_socket_directories", "",
			"fsync", "on",
			"synchronous_commit", "on",
			"full_page_writes", "on",
			"max_connections", "50",
			"shared_buffers", "64MB");

	/** What a restart needs: the folder, the port, and the pg_ctl of the binaries zonky unpacked. */
	private record Embedded(EmbeddedPostgres postgres, Path dir, Path pgCtl, Path log) {
	}

	private final Optional<Embedded> embedded;
	private final String url;
	private final String user;
	private final String password;
	private boolean closed;

	private DatabaseServer(Optional<Embedded> embedded, String url, String user, String password) {
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
			Path passwordFile = properties.dataDir().resolve("postgres-password");
			boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
			boolean trusting = !fresh && ClientAuthentication.trustsAnyone(dir);
			if (!fresh && !trusting && !Files.exists(passwordFile)) {
				// a new password would not open the existing folder; say so instead of timing out on login
				throw new IOException("The password file " + passwordFile + " of this data folder is missing");
			}
			DatabasePassword password = DatabasePassword.readOrCreate(passwordFile);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(dir)
					.setCleanDataDirectory(false);
			SERVER_CONFIG.forEach(builder::setServerConfig);
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
			Path pgCtl = StaleServer.running(dir).flatMap(p -> p.info().command()).map(Path::of)
					.orElseThrow(() -> new IOException("The started PostgreSQL server has no postmaster.pid"))
					.resolveSibling("pg_ctl");
			log.info("Embedded PostgreSQL 17 started with its data in {}", dir);
			return new DatabaseServer(
					Optional.of(new Embedded(postgres, dir, pgCtl, properties.dataDir().resolve("postgres.log"))),
					url, SUPERUSER, password.value());
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

	/** The embedded server's postmaster while it runs; empty for an external server or after it died. */
	public Optional<ProcessHandle> postmaster() {
		return embedded.flatMap(e -> {
			try {
				return StaleServer.running(e.dir());
			} catch (IOException ex) {
				return Optional.empty();
			}
		});
	}

	/**
	 * Starts the embedded server again when its postmaster is gone, on the same folder and port, so that
	 * the pool's URL stays valid. PostgreSQL replays its write-ahead log first: every commit it confirmed
	 * is there again. False when it did not start (yet): the processes of the dead server may still hold
	 * its shared memory for a moment, so the caller tries again.
	 */
	public synchronized boolean restartIfStopped() {
		if (closed) {
			return false;
		}
		if (embedded.isEmpty() || postmaster().isPresent()) {
			return true;
		}
		Embedded server = embedded.get();
		List<String> options = new ArrayList<>(List.of("-p", Integer.toString(server.postgres().getPort())));
		SERVER_CONFIG.forEach((name, value) -> options.addAll(List.of("-c", name + "=" + value)));
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			// as zonky does: PostgreSQL refuses to run as root, and in its own user namespace it is not root
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(server.pgCtl().toString(), "-D", server.dir().toString(), "-l", server.log().toString(),
				"-o", String.join(" ", options), "-w", "-t", "60", "start"));
		try {
			// The dead postmaster may linger as a zombie with its pid in postmaster.pid, which would stop the
			// new one from starting. Removing the file is safe: the new postmaster still refuses to start
			// while processes of the old one hold its shared memory, and then the watchdog tries again.
			StaleServer.stopIfRunning(server.dir());
			Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(server.log().toFile())).start();
			boolean started = pgCtl.waitFor() == 0;
			if (started) {
				log.warn("Embedded PostgreSQL in {} restarted after it stopped unexpectedly", server.dir());
			} else {
				log.warn("Embedded PostgreSQL in {} did not restart yet; see {}", server.dir(), server.log());
			}
			return started;
		} catch (IOException e) {
			log.error("Could not restart the embedded PostgreSQL in {}", server.dir(), e);
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public synchronized void close() throws IOException {
		closed = true;
		if (embedded.isPresent()) {
			embedded.get().postgres().close();
			log.info("Embedded PostgreSQL stopped");
		}
	}
}
