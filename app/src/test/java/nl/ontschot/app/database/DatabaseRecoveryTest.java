package nl.ontschot.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.node.ObjectNode;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.OntschotApplication;
import nl.ontschot.engine.SharedFiles;

/**
 * The database process dies while people save: the embedded server is started again without restarting
 * the application and every save that was answered 2xx is still there; while the database is away, a
 * request gets 503 with Retry-After within seconds, not after a 30 s hang.
 */
class DatabaseRecoveryTest {

	private static final String PASSWORD = "herstel-wachtwoord-1";
	private static final Duration FAST = Duration.ofSeconds(10);

	private record Write(String name, Api.Response response, Duration took) {
	}

	private static ConfigurableApplicationContext start(Path data, String... extra) {
		List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--ontschot.data-dir=" + data,
				"--ontschot.demo=false", "--ontschot.admin-password=" + PASSWORD));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(OntschotApplication.class).run(args.toArray(String[]::new));
	}

	/** The admin with a personal token, so that each request checks the token in the database. */
	private static Api admin(ConfigurableApplicationContext app) {
		Api api = Api.at(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
		Api.Response token = api.as("admin", PASSWORD).post("/api/v1/tokens", "{\"name\": \"herstel\"}");
		assertThat(token.status()).isEqualTo(201);
		return api.withToken(token.json().get("token").asString());
	}

	private static Write write(Api admin, String name) {
		ObjectNode document = (ObjectNode) Api.JSON.readTree(SharedFiles.read("cases/druppelbril.json"));
		document.put("name", name);
		long start = System.nanoTime();
		Api.Response response = admin.post("/api/v1/cases", document.toString());
		return new Write(name, response, Duration.ofNanos(System.nanoTime() - start));
	}

	private static void assertUnavailable(Api.Response response) {
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.header("Retry-After")).contains("5");
		assertThat(response.json().get("errors").get(0).get("message").asString())
				.isEqualTo("De database is even niet bereikbaar. Probeer het over enkele seconden opnieuw; "
						+ "wat u eerder opsloeg, blijft bewaard.");
	}

	private static long postmasterPid(Path data) throws Exception {
		return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
	}

	@Test
	void aKilledEmbeddedServerIsRestartedAndEveryAcknowledgedWriteIsKept() throws Exception {
		Path data = ApiTestBase.freshDataDir("recovery");
		try (ConfigurableApplicationContext app = start(data)) {
			Api admin = admin(app);
			Queue<Write> writes = new ConcurrentLinkedQueue<>();
			AtomicBoolean stop = new AtomicBoolean();
			Thread writer = new Thread(() -> {
				for (int i = 0; !stop.get(); i++) {
					writes.add(write(admin, "Herstel " + i));
				}
			});
			writer.start();
			while (writes.size() < 5) {
				Thread.sleep(20);
			}
			long killed = postmasterPid(data);
			ProcessHandle.of(killed).orElseThrow().destroyForcibly();
			int before = writes.size();

			long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			while (writes.stream().skip(before).filter(w -> w.response().status() == 201).count() < 5
					&& System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			stop.set(true);
			writer.join();

			assertThat(postmasterPid(data)).as("a new postmaster").isNotEqualTo(killed);
			assertThat(writes.stream().skip(before).filter(w -> w.response().status() == 201).count())
					.as("saves succeed again without a restart").isGreaterThanOrEqualTo(5);
			for (Write w : writes) {
				assertThat(w.took()).as(w.name() + " answered fast").isLessThan(FAST);
				if (w.response().status() == 201) {
					String location = w.response().header("Location").orElseThrow();
					Api.Response stored = admin.get(location);
					assertThat(stored.status()).as(w.name() + " was acknowledged, so it is kept").isEqualTo(200);
					assertThat(stored.json().get("name").asString()).isEqualTo(w.name());
				} else {
					assertUnavailable(w.response());
				}
			}
			assertThat(admin.get("/actuator/health").status()).isEqualTo(200);
		}
	}

	@Test
	void anUnreachableExternalServerGives503AndHealthDownUntilItIsBack() throws Exception {
		Path data = ApiTestBase.freshDataDir("external-down");
		Path externalDir = data.resolve("external");
		EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(externalDir)
				.setCleanDataDirectory(false).start();
		int port = external.getPort();
		try (ConfigurableApplicationContext app = start(data,
				"--ontschot.db.url=" + external.getJdbcUrl("postgres", "postgres"), "--ontschot.db.user=postgres")) {
			Api admin = admin(app);
			assertThat(write(admin, "Blijft bewaard").response().status()).isEqualTo(201);

			external.close();
			long start = System.nanoTime();
			Api.Response list = admin.get("/api/v1/cases");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
			assertUnavailable(list);
			Write refused = write(admin, "Niet bewaard");
			assertThat(refused.took()).isLessThan(FAST);
			assertUnavailable(refused.response());
			assertUnavailable(admin.anonymous().as("admin", PASSWORD).get("/api/v1/cases"));
			Api.Response health = admin.anonymous().get("/actuator/health");
			assertThat(health.status()).isEqualTo(503);
			assertThat(health.json().get("status").asString()).isEqualTo("DOWN");

			external = EmbeddedPostgres.builder().setDataDirectory(externalDir).setCleanDataDirectory(false)
					.setPort(port).start();
			// the pool reconnects by itself, within the few seconds a Retry-After asks for
			Api.Response back = admin.get("/api/v1/cases");
			for (long until = System.nanoTime() + FAST.toNanos(); back.status() == 503 && System.nanoTime() < until;) {
				Thread.sleep(200);
				back = admin.get("/api/v1/cases");
			}
			assertThat(back.status()).as(back.toString()).isEqualTo(200);
			assertThat(back.json().findValuesAsString("name")).containsExactly("Blijft bewaard");
			assertThat(admin.anonymous().get("/actuator/health").status()).isEqualTo(200);
		} finally {
			external.close();
		}
	}
}
