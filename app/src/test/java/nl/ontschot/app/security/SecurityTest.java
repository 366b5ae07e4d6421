package nl.ontschot.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;

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
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			assertThat(api().as(user.username(), "gok-" + i).get("/api/v1/users/me").status()).isEqualTo(401);
		}

		Api.Response rightPasswordTooSoon = api().as(user.username(), PASSWORD).get("/api/v1/users/me");

		assertThat(rightPasswordTooSoon.status()).isEqualTo(401);
		assertThat(rightPasswordTooSoon.json().get("errors").get(0).get("message").asString())
				.contains("Te veel mislukte pogingen");
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
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD)).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
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
