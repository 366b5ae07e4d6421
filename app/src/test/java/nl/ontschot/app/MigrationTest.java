package nl.ontschot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The schema builds from an empty database, and from the schema of every earlier release up to the
 * newest, on a real PostgreSQL 17.
 */
class MigrationTest {

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void start() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stop() throws Exception {
		postgres.close();
	}

	private static Flyway flyway(DataSource db, MigrationVersion target) {
		return Flyway.configure().dataSource(db).locations("classpath:db/migration").cleanDisabled(false)
				.target(target).load();
	}

	private static List<MigrationVersion> versions(DataSource db) {
		return Arrays.stream(flyway(db, MigrationVersion.LATEST).info().all()).map(MigrationInfo::getVersion).toList();
	}

	@Test
	void theSchemaBuildsFromEmpty() throws Exception {
		DataSource db = postgres.getPostgresDatabase();
		flyway(db, MigrationVersion.LATEST).clean();

		flyway(db, MigrationVersion.LATEST).migrate();

		Flyway latest = flyway(db, MigrationVersion.LATEST);
		latest.validate();
		assertThat(latest.info().current().getVersion()).isEqualTo(versions(db).get(versions(db).size() - 1));
		try (var connection = db.getConnection();
				var tables = connection.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
			List<String> names = new java.util.ArrayList<>();
			while (tables.next()) {
				names.add(tables.getString("TABLE_NAME"));
			}
			assertThat(names).contains("organisation", "app_user", "api_token", "case_file", "case_version",
					"case_member", "audit_entry");
		}
	}

	@Test
	void theSchemaUpgradesFromEveryEarlierRelease() {
		DataSource db = postgres.getPostgresDatabase();
		for (MigrationVersion earlier : versions(db)) {
			flyway(db, MigrationVersion.LATEST).clean();
			flyway(db, earlier).migrate();

			flyway(db, MigrationVersion.LATEST).migrate();

			Flyway latest = flyway(db, MigrationVersion.LATEST);
			latest.validate();
			assertThat(latest.info().pending()).as("from " + earlier).isEmpty();
		}
	}

	@Test
	void usernamesDifferingOnlyInCaseAreSeparatedOnUpgradeAndRefusedAfter() throws Exception {
		DataSource db = postgres.getPostgresDatabase();
		flyway(db, MigrationVersion.LATEST).clean();
		flyway(db, MigrationVersion.fromVersion("2")).migrate();
		try (var connection = db.getConnection(); var sql = connection.createStatement()) {
			sql.execute("insert into organisation (name) values ('O')");
			sql.execute("insert into app_user (username, password_hash, display_name, organisation_id) "
					+ "select n, 'x', n, (select id from organisation) from (values ('rv_owner1'), ('RV_OWNER1')) v(n)");
		}

		flyway(db, MigrationVersion.LATEST).migrate();

		try (var connection = db.getConnection(); var sql = connection.createStatement()) {
			List<String> names = new java.util.ArrayList<>();
			try (var rows = sql.executeQuery("select username from app_user order by id")) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			assertThat(names.get(0)).isEqualTo("rv_owner1");
			assertThat(names.get(1)).startsWith("RV_OWNER1-");
			assertThatThrownBy(() -> sql.execute("insert into app_user (username, password_hash, display_name, "
					+ "organisation_id) select 'Rv_Owner1', 'x', 'x', id from organisation"))
					.isInstanceOf(SQLException.class);
		}
	}
}
