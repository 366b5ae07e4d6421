package nl.ontschot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.ontschot.engine.SharedFiles;

/**
 * The application as a person runs it, started and stopped in this test: the first start on a fresh data
 * folder (admin account, demo cases), a restart with the data kept, {@code --no-demo}, and an external
 * PostgreSQL server.
 */
class LifecycleTest {

	/** Starts the application as the launcher does, with its options translated by the application itself. */
	private static ConfigurableApplicationContext start(Path data, String... extra) {
		List<String> args = new ArrayList<>(List.of("--port", "0", "--data", data.toString()));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(OntschotApplication.class)
				.run(OntschotApplication.springArguments(args.toArray(String[]::new)));
	}

	private static Api api(ConfigurableApplicationContext app) {
		return Api.at(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
	}

	@Test
	void firstStartCreatesTheAdminAndDemoCasesAndARestartKeepsEverything() throws Exception {
		Path data = ApiTestBase.freshDataDir("lifecycle");
		Path passwordFile = data.resolve("initial-admin-password");
		String caseLocation;
		String password;

		try (ConfigurableApplicationContext app = start(data)) {
			assertThat(passwordFile).exists();
			password = Files.readString(passwordFile).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			Api admin = api(app).as("admin", password);
			try (var connection = app.getBean(DataSource.class).getConnection();
					var fsync = connection.createStatement().executeQuery("show fsync")) {
				fsync.next();
				assertThat(fsync.getString(1)).as("every commit is durable").isEqualTo("on");
			}
			assertThat(admin.get("/api/v1/cases").json().findValuesAsString("name")).containsExactlyInAnyOrder(
					"Druppelbril in thuiszorg en verpleeghuis", "Valpreventie ouderen in de regio",
					"Sociale wijkaanpak ouderen", "Samen indiceren Wmo en wijkverpleging",
					"Ontschotte pot voor ouderenzorg in de wijk");
			caseLocation = admin.post("/api/v1/cases", SharedFiles.read("cases/wijkaanpak.json")).header("Location")
					.orElseThrow();
		}
		assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();

		try (ConfigurableApplicationContext app = start(data)) {
			Api admin = api(app).as("admin", password);
			assertThat(admin.get(caseLocation).body()).isEqualTo(SharedFiles.read("cases/wijkaanpak.json"));
			assertThat(admin.get("/api/v1/cases").json().size()).isEqualTo(6);

			assertThat(admin.put("/api/v1/users/me/password",
					"{\"currentPassword\": \"" + password + "\", \"newPassword\": \"mijn-eigen-wachtwoord\"}").status())
					.isEqualTo(200);
			assertThat(passwordFile).doesNotExist();
		}
	}

	@Test
	void theAdminPasswordCanBeGivenAndDemoCasesSkipped() {
		Path data = ApiTestBase.freshDataDir("no-demo");

		try (ConfigurableApplicationContext app = start(data, "--no-demo",
				"--ontschot.admin-password=gegeven-wachtwoord-42")) {
			Api admin = api(app).as("admin", "gegeven-wachtwoord-42");

			assertThat(admin.get("/api/v1/cases").json().size()).isZero();
			assertThat(data.resolve("initial-admin-password")).doesNotExist();
			assertThat(api(app).get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
		}
	}

	@Test
	void anExternalPostgresServerIsUsedWhenAUrlIsGiven() throws Exception {
		Path data = ApiTestBase.freshDataDir("external");
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
				ConfigurableApplicationContext app = start(data, "--no-demo",
						"--ontschot.db.url=" + external.getJdbcUrl("postgres", "postgres"),
						"--ontschot.db.user=postgres", "--ontschot.admin-password=extern-wachtwoord-1")) {
			Api admin = api(app).as("admin", "extern-wachtwoord-1");
			admin.post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json"));

			assertThat(data.resolve("postgres")).doesNotExist();
			try (var connection = external.getPostgresDatabase().getConnection();
					var rows = connection.createStatement().executeQuery("select name from case_file")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("Druppelbril in thuiszorg en verpleeghuis");
			}
		}
	}
}
