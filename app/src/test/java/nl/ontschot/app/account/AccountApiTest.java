package nl.ontschot.app.account;

import static org.assertj.core.api.Assertions.assertThat;

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
				.isEqualTo(204);

		assertThat(api().as(user.username(), PASSWORD).get("/api/v1/users/me").status()).isEqualTo(401);
		assertThat(api().as(user.username(), "een-nieuw-wachtwoord").get("/api/v1/users/me").status()).isEqualTo(200);
	}
}
