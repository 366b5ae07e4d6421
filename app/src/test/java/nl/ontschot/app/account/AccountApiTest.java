package nl.ontschot.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;

/** Accounts, personal tokens and password login over the API. */
class AccountApiTest extends ApiTestBase {

	@Test
	void aPersonalTokenWorksUntilItIsRevoked() {
		User user = newUser("token", "Gemeente Middenstad");
		Api.Response created = user.api().post("/api/v1/tokens", "{\"name\": \"Excel-koppeling\"}");
		assertThat(created.status()).isEqualTo(201);
		String token = created.json().get("token").asString();
		long id = created.json().get("id").asLong();

		Api bearer = api().withToken(token);
		assertThat(bearer.get("/api/v1/users/me").json().get("username").asString()).isEqualTo(user.username());
		assertThat(user.api().get("/api/v1/tokens").json().findValuesAsString("name")).contains("Excel-koppeling");
		assertThat(user.api().get("/api/v1/tokens").body()).doesNotContain(token);

		assertThat(user.api().delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
		assertThat(bearer.get("/api/v1/users/me").status()).isEqualTo(401);
	}

	@Test
	void onlyAnAdminCreatesAccounts() {
		User user = newUser("gewoon", "Gemeente Middenstad");

		Api.Response refused = user.api().post("/api/v1/users",
				"{\"username\": \"nieuw\", \"password\": \"lang-genoeg-123\", \"organisation\": \"X\"}");

		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void passwordsAreCheckedAndChanged() {
		User user = newUser("wissel", "Gemeente Middenstad");

		assertThat(user.api().put("/api/v1/users/me/password",
				"{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"kort\"}").status()).isEqualTo(400);
		assertThat(user.api().put("/api/v1/users/me/password",
				"{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"een-nieuw-wachtwoord\"}").status())
				.isEqualTo(200);

		assertThat(api().as(user.username(), PASSWORD).get("/api/v1/users/me").status()).isEqualTo(401);
		assertThat(api().as(user.username(), "een-nieuw-wachtwoord").get("/api/v1/users/me").status()).isEqualTo(200);
	}

	@Test
	void aPasswordChangeEndsTheSessionsAndRevokesTheTokens() throws Exception {
		User user = newUser("sessie", "Gemeente Middenstad");
		HttpClient browser = loggedIn(user.username(), PASSWORD);
		assertThat(page(browser, "/cases").statusCode()).isEqualTo(200);
		String otherToken = user.api().post("/api/v1/tokens", "{\"name\": \"Excel\"}").json().get("token").asString();

		Api.Response changed = user.api().put("/api/v1/users/me/password",
				"{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"een-nieuw-wachtwoord\"}");

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("sessionsEnded").asInt()).isEqualTo(1);
		assertThat(changed.json().get("tokensRevoked").asInt()).isEqualTo(2);
		HttpResponse<String> afterwards = page(browser, "/cases");
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
		assertThat(api().withToken(otherToken).get("/api/v1/users/me").status()).isEqualTo(401);
		assertThat(user.api().get("/api/v1/users/me").status()).isEqualTo(401);
	}

	@Test
	void tokensStayValidWhenTheUserChoosesSo() {
		User user = newUser("houden", "Gemeente Middenstad");

		Api.Response changed = user.api().put("/api/v1/users/me/password", "{\"currentPassword\": \"" + PASSWORD
				+ "\", \"newPassword\": \"een-nieuw-wachtwoord\", \"keepTokens\": true}");

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("tokensRevoked").asInt()).isZero();
		assertThat(user.api().get("/api/v1/users/me").status()).isEqualTo(200);
	}

	@Test
	void guessingTheCurrentPasswordIsThrottled() {
		User user = newUser("gokker", "Gemeente Middenstad");
		Api guesser = user.api().header("X-Forwarded-For", "192.0.2.20");
		for (int i = 0; i < 5; i++) {
			Api.Response wrong = guesser.put("/api/v1/users/me/password",
					"{\"currentPassword\": \"gok-" + i + "\", \"newPassword\": \"een-nieuw-wachtwoord\"}");
			assertThat(wrong.status()).isEqualTo(400);
			assertThat(wrong.json().get("errors").get(0).get("path").asString()).isEqualTo("currentPassword");
		}

		Api.Response right = guesser.put("/api/v1/users/me/password",
				"{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"een-nieuw-wachtwoord\"}");

		assertThat(right.status()).isEqualTo(429);
	}

	/** A browser (with cookies) logged in through the login form. */
	private HttpClient loggedIn(String username, String password) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = page(browser, "/login").body();
		String csrf = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf=" + csrf))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		return browser;
	}

	private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
