package nl.ontschot.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.configuration.OntschotProperties;
import nl.ontschot.app.database.internal.ClientAuthentication;

/**
 * The embedded server asks a password of every connection and listens on 127.0.0.1 only; a data folder
 * from before (every local user trusted, no password file) is upgraded on its first start.
 */
class DatabaseSecurityTest {

	private static OntschotProperties properties(Path data) {
		return new OntschotProperties(data, null, "", false, 1);
	}

	private static String show(Connection connection, String setting) throws SQLException {
		try (ResultSet rows = connection.createStatement().executeQuery("show " + setting)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static void assertLocked(DatabaseServer server, Path data) throws Exception {
		Path passwordFile = data.resolve("postgres-password");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
		assertThat(server.password()).isEqualTo(Files.readString(passwordFile).strip()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(server.url()).startsWith("jdbc:postgresql://127.0.0.1:");

		assertThatThrownBy(() -> DriverManager.getConnection(server.url(), "postgres", "")).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(server.url(), "postgres", "wrong-password"))
				.isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");

		try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password())) {
			assertThat(show(connection, "listen_addresses")).isEqualTo("127.0.0.1");
			assertThat(show(connection, "fsync")).isEqualTo("on");
		}
		assertThat(ClientAuthentication.trustsAnyone(data.resolve("postgres"))).isFalse();
	}

	@Test
	void aFreshDataFolderAsksAPasswordAndListensOnLoopbackOnly() throws Exception {
		Path data = ApiTestBase.freshDataDir("db-fresh");
		try (DatabaseServer server = DatabaseServer.start(properties(data))) {
			assertLocked(server, data);
		}
		try (DatabaseServer again = DatabaseServer.start(properties(data))) {
			assertLocked(again, data);
		}
	}

	@Test
	void aMissingPasswordFileIsNamedInsteadOfReplaced() throws Exception {
		Path data = ApiTestBase.freshDataDir("db-lost");
		DatabaseServer.start(properties(data)).close();
		Files.delete(data.resolve("postgres-password"));

		assertThatThrownBy(() -> DatabaseServer.start(properties(data))).hasRootCauseMessage(
				"The password file " + data.resolve("postgres-password") + " of this data folder is missing");
		assertThat(data.resolve("postgres-password")).doesNotExist();
	}

	@Test
	void aTrustingDataFolderFromBeforeIsUpgradedWithItsDataKept() throws Exception {
		Path data = ApiTestBase.freshDataDir("db-trust");
		Path dir = data.resolve("postgres");
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
				.start(); Connection connection = old.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("create table kept (figure int); insert into kept values (42)");
		}
		assertThat(ClientAuthentication.trustsAnyone(dir)).isTrue();
		assertThat(data.resolve("postgres-password")).doesNotExist();

		try (DatabaseServer server = DatabaseServer.start(properties(data))) {
			assertLocked(server, data);
			try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
					ResultSet rows = connection.createStatement().executeQuery("select figure from kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).isEqualTo(42);
			}
		}
		try (DatabaseServer again = DatabaseServer.start(properties(data))) {
			assertLocked(again, data);
		}
	}
}
