package nl.ontschot.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.security.internal.LoginThrottle;

/** Login, credentials, throttling, CSRF and security headers, over real HTTP. */
class SecurityTest extends ApiTestBase {

	@Test
	void wrongCredentialsGet401() {
		User user = newUser("fout", "Gemeente Middenstad");

		assertThat(api().as(user.username(), "verkeerd-wachtwoord").get("/api/v1/cases").status()).isEqualTo(401);
		assertThat(api().withToken("ont_onbekend").get("/api/v1/cases").status()).isEqualTo(401);
		assertThat(api().get("/api/v1/cases").header("WWW-Authenticate"))
				.hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
	}

	@Test
	void repeatedFailedLoginsAreSlowedDown() {
		User user = newUser("raden", "Gemeente Middenstad");
		Api guesser = api().header("X-Forwarded-For", "192.0.2.10");
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			assertThat(guesser.as(user.username(), "gok-" + i).get("/api/v1/users/me").status()).isEqualTo(401);
		}

		Api.Response rightPasswordTooSoon = guesser.as(user.username(), PASSWORD).get("/api/v1/users/me");

		assertThat(rightPasswordTooSoon.status()).isEqualTo(401);
		assertThat(rightPasswordTooSoon.json().get("errors").get(0).get("message").asString())
				.contains("Te veel pogingen om op dit account in te loggen");
	}

	@Test
	void parallelGuessesAfterALockGetOnePasswordCheck() throws Exception {
		User user = newUser("parallel", "Gemeente Middenstad");
		Api guesser = api().header("X-Forwarded-For", "192.0.2.11");
		lockOut(guesser, user.username());
		Thread.sleep(2_100); // the first wait after the free attempts is 2 s

		List<Api.Response> answers = inParallel(40, () -> guesser.as(user.username(), "nog-een-gok").get("/api/v1/users/me"));

		assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(401));
		assertThat(answers.stream().filter(a -> !locked(a)).count()).as("passwords checked").isLessThanOrEqualTo(1);
	}

	@Test
	void theRealUserFromAnotherAddressGetsInWhileTheUsernameIsAttacked() {
		User user = newUser("belaagd", "Gemeente Middenstad");
		Api guesser = api().header("X-Forwarded-For", "192.0.2.12");
		lockOut(guesser, user.username());

		assertThat(api().header("X-Forwarded-For", "198.51.100.12").as(user.username(), PASSWORD)
				.get("/api/v1/users/me").status()).isEqualTo(200);
		assertThat(user.api().get("/api/v1/users/me").status()).as("a token is not throttled").isEqualTo(200);
	}

	@Test
	void guessesFromSeveralAddressesDoNotLockOutTheRealUser() {
		User user = newUser("overal", "Gemeente Middenstad");
		lockOut(api().header("X-Forwarded-For", "127.0.0.2"), user.username());
		for (int i = 5; i <= 10; i++) {
			assertThat(api().header("X-Forwarded-For", "127.0.0." + i).as(user.username(), "gok")
					.get("/api/v1/users/me").status()).isEqualTo(401);
		}

		assertThat(api().header("X-Forwarded-For", "127.0.0.20").as(user.username(), PASSWORD)
				.get("/api/v1/users/me").status()).isEqualTo(200);
	}

	@Test
	void theAdminCannotBeLockedOutByAnotherAddress() {
		lockOut(api().header("X-Forwarded-For", "192.0.2.13"), "admin");

		assertThat(api().header("X-Forwarded-For", "198.51.100.13").as("admin", ADMIN_PASSWORD)
				.get("/api/v1/users/me").status()).isEqualTo(200);
	}

	/** Guesses from the client until the throttle answers that it must wait. */
	private static void lockOut(Api client, String username) {
		for (int i = 0; i < 3 * LoginThrottle.FREE_ATTEMPTS; i++) {
			Api.Response answer = client.as(username, "gok-" + i).get("/api/v1/users/me");
			assertThat(answer.status()).isEqualTo(401);
			if (locked(answer)) {
				return;
			}
		}
		throw new AssertionError("The throttle never locked " + username);
	}

	private static boolean locked(Api.Response answer) {
		return answer.body().contains("Te veel pogingen om op dit account in te loggen");
	}

	private static List<Api.Response> inParallel(int n, Callable<Api.Response> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return request.call();
				}));
			}
			start.countDown();
			List<Api.Response> done = new ArrayList<>();
			for (Future<Api.Response> answer : answers) {
				done.add(answer.get());
			}
			return done;
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theServerListensOnTheLoopbackAddressOnly() throws Exception {
		Optional<InetAddress> outside = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
				.filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
		assumeTrue(outside.isPresent(), "this machine has no address besides the loopback");

		assertThatThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(outside.get(), port), 2_000);
			}
		}).isInstanceOf(ConnectException.class);
	}

	@Test
	void overHttpsThroughATrustedProxyTheCookieIsSecureAndHstsIsSent() {
		Api.Response https = api().header("X-Forwarded-Proto", "https").get("/login");
		Api.Response http = api().get("/login");

		assertThat(https.header("Strict-Transport-Security"))
				.hasValueSatisfying(h -> assertThat(h).contains("max-age="));
		assertThat(https.header("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("JSESSIONID", "Secure"));
		assertThat(http.header("Strict-Transport-Security")).isEmpty();
		assertThat(http.header("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).doesNotContain("Secure"));
	}

	@Test
	void pagesAndApiSendSecurityHeaders() {
		for (Api.Response response : new Api.Response[] { api().get("/login"), api().get("/api/v1/cases") }) {
			assertThat(response.header("Content-Security-Policy"))
					.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
			assertThat(response.header("X-Frame-Options")).contains("DENY");
			assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
		}
	}

	@Test
	void theContainersOwnErrorPagesSendSecurityHeadersToo() throws Exception {
		String[] requests = { "GET /% HTTP/1.1\r\nHost: localhost\r\n",
				"GET /login HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n",
				"GET /login/..;/cases HTTP/1.1\r\nHost: localhost\r\n",
				"GET /cases HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999999999999\r\n" };
		SoftAssertions softly = new SoftAssertions();
		for (String request : requests) {
			String answer = raw(request + "Connection: close\r\n\r\n");

			softly.assertThat(answer).as(request).startsWith("HTTP/1.1 4");
			softly.assertThat(answer).as(request).doesNotContain("Tomcat");
			String headers = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
			softly.assertThat(headers).as(request).contains("content-security-policy: default-src 'self'",
					"x-content-type-options: nosniff", "x-frame-options: deny", "referrer-policy: same-origin");
		}
		softly.assertThat(raw(requests[0] + "Connection: close\r\n\r\n")).contains("Dit verzoek kan Ontschot niet lezen");
		softly.assertAll();
	}

	/** Sends bytes as they are, for requests that an HTTP client would refuse to send. */
	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	@Test
	void theLoginFormIsDutchFirstAndCarriesACsrfToken() {
		Api.Response dutch = api().get("/login");
		Api.Response english = api().header("Accept-Language", "en").get("/login");

		assertThat(dutch.body()).contains("<title>Inloggen - Ontschot</title>", "name=\"_csrf\"",
				"for=\"username\"", "for=\"password\"");
		assertThat(english.body()).contains("<title>Log in - Ontschot</title>");
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD)).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		// the usual cause is a form kept open past the session: said so, not blamed on the server
		assertThat(response.body()).contains("het formulier is verlopen").doesNotContain("aan onze kant");
	}

	@Test
	void pagesNeedALogin() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void theFormLoginOpensASession() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

		HttpResponse<String> login = browser.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
						.ofString("username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + csrf))
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> cases = browser.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(cases.statusCode()).isEqualTo(200);
		assertThat(cases.body()).contains("<h1>Casussen</h1>");
	}

	@Test
	void healthIsPublic() {
		Api.Response health = api().get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void theApiIsDocumented() {
		Api.Response docs = api().get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/cases", "/api/v1/cases/{id}",
				"/api/v1/calculations", "/api/v1/tokens");
		assertThat(api().get("/swagger-ui/index.html").status()).isEqualTo(200);
	}
}
