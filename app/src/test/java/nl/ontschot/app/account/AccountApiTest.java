package nl.ontschot.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.engine.SharedFiles;

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

	@Test
	void aPasswordOver72BytesIsRefusedNamingTheField() {
		User user = newUser("lang", "Gemeente Middenstad");
		String tooLong = "é".repeat(37); // 37 characters, 74 bytes

		assertProblem(admin().post("/api/v1/users", """
				{"username": "%s", "password": "%s", "organisation": "Gemeente Middenstad"}
				""".formatted(username("lang"), tooLong)), 400, "password");
		assertProblem(user.api().put("/api/v1/users/me/password",
				"{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"" + "x".repeat(73) + "\"}"), 400,
				"newPassword");
		assertProblem(user.api().header("X-Forwarded-For", "192.0.2.21").put("/api/v1/users/me/password",
				"{\"currentPassword\": \"" + tooLong + "\", \"newPassword\": \"een-nieuw-wachtwoord\"}"), 400,
				"currentPassword");
		assertThat(api().header("X-Forwarded-For", "192.0.2.21").as(user.username(), tooLong).get("/api/v1/users/me")
				.status()).isEqualTo(401);
	}

	@Test
	void aNulCharacterInAnyFieldIsRefusedNamingTheField() {
		User user = newUser("nul", "Gemeente Middenstad");
		String nul = "\\u0000";
		String[] fields = { "username", "displayName", "password", "organisation" };
		for (String field : fields) {
			Map<String, String> values = new LinkedHashMap<>(Map.of("username", username("nul"), "displayName", "Nul",
					"password", PASSWORD, "organisation", "Gemeente Middenstad"));
			values.put(field, values.get(field) + nul);
			assertProblem(admin().post("/api/v1/users", json(values)), 400, field);
		}
		assertProblem(user.api().put("/api/v1/users/me/password",
				"{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"een-nieuw" + nul + "-wachtwoord\"}"),
				400, "newPassword");
		assertProblem(user.api().post("/api/v1/tokens", "{\"name\": \"Excel" + nul + "\"}"), 400, "name");
		assertThat(api().header("X-Forwarded-For", "192.0.2.22").as("admin\0", ADMIN_PASSWORD).get("/api/v1/users/me")
				.status()).isEqualTo(401);
	}

	@Test
	void aLoneSurrogateInAnyTextFieldIsRefusedNamingTheField() {
		User user = newUser("half", "Gemeente Middenstad");
		String lone = "\\ud800";
		for (String field : new String[] { "displayName", "organisation" }) {
			Map<String, String> values = new LinkedHashMap<>(Map.of("username", username("half"), "displayName", "Half",
					"password", PASSWORD, "organisation", "Gemeente Middenstad"));
			values.put(field, values.get(field) + lone);
			assertProblem(admin().post("/api/v1/users", json(values)), 400, field);
		}
		assertProblem(user.api().post("/api/v1/tokens", "{\"name\": \"Excel" + lone + "\"}"), 400, "name");
		assertThat(user.api().post("/api/v1/tokens", "{\"name\": \"Excel \\ud83d\\ude00\"}").status())
				.as("a pair of surrogates is one character").isEqualTo(201);
	}

	@Test
	void longTextsAreRefusedNamingTheField() {
		User user = newUser("lengte", "Gemeente Middenstad");
		Map<String, Integer> limits = Map.of("displayName", 200, "organisation", 200);
		for (Map.Entry<String, Integer> limit : limits.entrySet()) {
			Map<String, String> values = new LinkedHashMap<>(Map.of("username", username("lengte"), "displayName",
					"Lengte", "password", PASSWORD, "organisation", "Gemeente Middenstad"));
			values.put(limit.getKey(), "x".repeat(limit.getValue() + 1));
			Api.Response refused = admin().post("/api/v1/users", json(values));
			assertProblem(refused, 400, limit.getKey());
			assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("200");
			values.put(limit.getKey(), "x".repeat(limit.getValue()));
			values.put("username", username("lengte"));
			assertThat(admin().post("/api/v1/users", json(values)).status()).isEqualTo(201);
		}
		assertProblem(admin().post("/api/v1/users", json(Map.of("username", "u".repeat(65), "password", PASSWORD,
				"organisation", "Gemeente Middenstad"))), 400, "username");
		assertProblem(user.api().post("/api/v1/tokens", json(Map.of("name", "x".repeat(101)))), 400, "name");
		assertThat(user.api().post("/api/v1/tokens", json(Map.of("name", "x".repeat(100)))).status()).isEqualTo(201);
	}

	@Test
	void aUsernameDifferingOnlyInCaseIsTaken() {
		User existing = newUser("hoofdletter", "Gemeente Middenstad");

		Api.Response refused = admin().post("/api/v1/users", json(Map.of("username",
				existing.username().toUpperCase(Locale.ROOT), "password", PASSWORD, "organisation",
				"Gemeente Middenstad")));

		assertProblem(refused, 409, "username");
		assertThat(api().as(existing.username(), PASSWORD).get("/api/v1/users/me").status()).isEqualTo(200);
	}

	@Test
	void onlyAnAdminListsTheOrganisations() {
		User user = newUser("nieuwsgierig", "Gemeente Middenstad");

		assertThat(user.api().get("/api/v1/organisations").status()).isEqualTo(403);
		assertThat(admin().get("/api/v1/organisations").json().findValuesAsString("name")).contains("Gemeente Middenstad");
	}

	@Test
	void usernamesCannotBeFoundByTryingThem() {
		User owner = newUser("speurder", "Gemeente Middenstad");
		User existing = newUser("bestaand", "Zorgverzekeraar Noord");
		String location = owner.api().post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json")).header("Location")
				.orElseThrow();

		String unknownRemoved = owner.api().delete(location + "/members/niemand-hier").json().get("errors").get(0)
				.get("message").asString();
		String existingRemoved = owner.api().delete(location + "/members/" + existing.username()).json().get("errors")
				.get(0).get("message").asString();
		assertThat(unknownRemoved.replace("niemand-hier", "X")).isEqualTo(existingRemoved.replace(existing.username(), "X"));

		for (int i = 0; i < 10; i++) {
			assertThat(owner.api().put(location + "/members/niemand-" + i, "{\"role\": \"VIEWER\"}").status())
					.isEqualTo(404);
		}
		assertThat(owner.api().put(location + "/members/niemand-10", "{\"role\": \"VIEWER\"}").status()).isEqualTo(429);
		assertThat(owner.api().put(location + "/members/" + existing.username(), "{\"role\": \"VIEWER\"}").status())
				.isEqualTo(429);
	}

	private static String json(Map<String, String> values) {
		return values.entrySet().stream().map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
				.collect(Collectors.joining(", ", "{", "}"));
	}

	private static void assertProblem(Api.Response response, int status, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.json().get("errors").get(0).get("path").asString()).isEqualTo(field);
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
