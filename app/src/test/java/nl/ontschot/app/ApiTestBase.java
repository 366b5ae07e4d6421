package nl.ontschot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application on a random port, on a real embedded PostgreSQL in a fresh data folder under
 * target/. Subclasses share one application (Spring's context cache), so each test makes its own users
 * and cases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"ontschot.admin-password=" + ApiTestBase.ADMIN_PASSWORD, "ontschot.demo=false",
		// so that tests can act from other client addresses with X-Forwarded-For
		"ontschot.trusted-proxies=127.0.0.1, ::1" })
public abstract class ApiTestBase {

	public static final String ADMIN_PASSWORD = "beheer-wachtwoord-123";
	public static final String PASSWORD = "geheim-wachtwoord-1";
	private static final Path DATA = freshDataDir("api");

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("ontschot.data-dir", DATA::toString);
	}

	public static Path freshDataDir(String name) {
		try {
			Path dir = Path.of("target", "test-data", name + "-" + UUID.randomUUID()).toAbsolutePath();
			return Files.createDirectories(dir);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	protected Api api() {
		return Api.at(port);
	}

	private static String adminToken;

	/** The admin, with a personal token: a password check (bcrypt) on every request would slow the tests. */
	protected Api admin() {
		if (adminToken == null) {
			adminToken = token(api().as("admin", ADMIN_PASSWORD));
		}
		return api().withToken(adminToken);
	}

	private static String token(Api client) {
		Api.Response created = client.post("/api/v1/tokens", "{\"name\": \"test\"}");
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create a token: " + created);
		}
		return created.json().get("token").asString();
	}

	/** A test account and a client authenticated as it with a personal token. */
	public record User(String username, Api api) {
	}

	/** Creates an account with a unique name in the given organisation. */
	protected User newUser(String prefix, String organisation) {
		String username = username(prefix);
		Api.Response created = admin().post("/api/v1/users", """
				{"username": "%s", "displayName": "%s", "password": "%s", "organisation": "%s"}
				""".formatted(username, prefix, PASSWORD, organisation));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create user: " + created);
		}
		return new User(username, api().withToken(token(api().as(username, PASSWORD))));
	}

	protected static String username(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
