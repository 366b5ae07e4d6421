package nl.ontschot.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.ontschot.app.Api;
import nl.ontschot.app.account.internal.UserAccountRepository;
import nl.ontschot.app.cases.BrowserSession;
import tools.jackson.databind.JsonNode;

/** The accounts of an organisation over the API, by its administrators and by the system administrator. */
class OrganisationAccountsApiTest extends OrganisationTestBase {

	private static final String USERS = "/api/v1/organisation/users";

	@Autowired
	private UserAccountRepository users;

	@Test
	void anOrganisationAdministratorManagesTheAccountsOfTheirOwnOrganisationOnly() {
		String east = organisation("Gemeente Oost");
		String west = organisation("Gemeente West");
		User administrator = orgAdmin("beheerder", east);
		User colleague = newUser("collega", east);
		User elsewhere = newUser("elders", west);
		Api api = administrator.api().header("Accept-Language", "nl");

		assertThat(api.get(USERS).json().findValuesAsString("username")).contains(administrator.username(),
				colleague.username()).doesNotContain(elsewhere.username());
		String created = username("nieuw");
		Api.Response made = api.post(USERS, """
				{"username": "%s", "displayName": "Nieuwe Collega", "email": "%s@oost.example.nl", "password": "%s"}
				""".formatted(created, created, PASSWORD));
		assertThat(made.status()).as(made.toString()).isEqualTo(201);
		JsonNode me = api().as(created, PASSWORD).get("/api/v1/users/me").json();
		assertThat(me.get("organisation").asString()).isEqualTo(east);
		assertThat(me.get("email").asString()).isEqualTo(created + "@oost.example.nl");
		assertThat(me.get("orgAdmin").asBoolean()).isFalse();
		assertThat(administrator.api().get("/api/v1/users/me").json().get("orgAdmin").asBoolean()).isTrue();

		Api.Response changed = patch(api, USERS + "/" + colleague.username(),
				"{\"displayName\": \"Collega Oost\", \"email\": \"Collega@Oost.example.nl\"}");
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("email").asString()).isEqualTo("Collega@Oost.example.nl");
		assertThat(colleague.api().get("/api/v1/users/me").json().get("displayName").asString())
				.isEqualTo("Collega Oost");

		// another organisation's account is not found in one's own, and another organisation may not be named
		assertThat(patch(api, USERS + "/" + elsewhere.username(), "{\"disabled\": true}").status()).isEqualTo(404);
		long westId = organisationId(west);
		assertThat(patch(api, USERS + "/" + elsewhere.username() + "?organisation=" + westId, "{\"disabled\": true}")
				.status()).isEqualTo(403);
		assertThat(api.get(USERS + "?organisation=" + westId).status()).isEqualTo(403);
		assertThat(api.post(USERS + "/" + elsewhere.username() + "/password?organisation=" + westId,
				"{\"newPassword\": \"overgenomen-wachtwoord\"}").status()).isEqualTo(403);
		assertThat(elsewhere.api().get("/api/v1/users/me").status()).isEqualTo(200);

		// the system administrator manages any organisation
		assertThat(admin().get(USERS + "?organisation=" + westId).json().findValuesAsString("username"))
				.containsExactly(elsewhere.username());
	}

	@Test
	void aPlainMemberOfAnOrganisationManagesNoAccounts() {
		String organisation = organisation("Thuiszorg");
		orgAdmin("beheerder", organisation);
		User plain = newUser("gewoon", organisation);

		assertThat(plain.api().get(USERS).status()).isEqualTo(403);
		assertThat(plain.api().post(USERS, """
				{"username": "%s", "password": "%s"}""".formatted(username("stiekem"), PASSWORD)).status())
				.isEqualTo(403);
		assertThat(patch(plain.api(), USERS + "/" + plain.username(), "{\"orgAdmin\": true}").status())
				.isEqualTo(403);
	}

	@Test
	void anOrganisationAdministratorDoesNotManageTheSystemAdministrator() {
		User administrator = orgAdmin("beheer-beheerder", "Beheer");

		Api.Response refused = administrator.api().post(USERS + "/admin/password",
				"{\"newPassword\": \"overgenomen-wachtwoord\"}");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(patch(administrator.api(), USERS + "/admin", "{\"disabled\": true}").status()).isEqualTo(403);
		assertThat(admin().get("/api/v1/users/me").status()).isEqualTo(200);
	}

	@Test
	void aDisabledAccountCannotLogInAndItsTokensAreRefusedUntilItIsEnabled() {
		String organisation = organisation("Huisartsen");
		User administrator = orgAdmin("beheerder", organisation);
		User member = newUser("vertrokken", organisation);
		BrowserSession browser = new BrowserSession(port, member.username(), PASSWORD, "nl-NL");
		assertThat(browser.get("/cases").statusCode()).isEqualTo(200);

		Api.Response disabled = patch(administrator.api(), USERS + "/" + member.username(), "{\"disabled\": true}");

		assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
		assertThat(disabled.json().get("disabled").asBoolean()).isTrue();
		assertThat(member.api().get("/api/v1/users/me").status()).isEqualTo(401);
		assertThat(api().as(member.username(), PASSWORD).get("/api/v1/users/me").status()).isEqualTo(401);
		HttpResponse<String> ended = browser.get("/cases");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));

		assertThat(patch(administrator.api(), USERS + "/" + member.username(), "{\"disabled\": false}").status())
				.isEqualTo(200);
		assertThat(member.api().get("/api/v1/users/me").status()).isEqualTo(200);
	}

	@Test
	void theLastActiveAdministratorOfAnOrganisationStaysOne() {
		String organisation = organisation("Zorgkantoor");
		User first = orgAdmin("eerste", organisation);
		User second = newUser("tweede", organisation);
		Api api = first.api().header("Accept-Language", "nl");

		Api.Response ownRole = patch(api, USERS + "/" + first.username(), "{\"orgAdmin\": false}");
		assertThat(ownRole.status()).isEqualTo(409);
		assertThat(error(ownRole)).isEqualTo(
				"orgAdmin: Een organisatie houdt minstens een actieve beheerder. Maak eerst iemand anders beheerder.");
		assertThat(error(patch(api, USERS + "/" + first.username(), "{\"disabled\": true}")))
				.isEqualTo("disabled: U kunt uw eigen account niet uitschakelen.");
		// the system administrator keeps the rule too
		long id = organisationId(organisation);
		assertThat(patch(admin(), USERS + "/" + first.username() + "?organisation=" + id, "{\"disabled\": true}")
				.status()).isEqualTo(409);

		assertThat(patch(api, USERS + "/" + second.username(), "{\"orgAdmin\": true}").status()).isEqualTo(200);
		assertThat(patch(api, USERS + "/" + first.username(), "{\"orgAdmin\": false}").status()).isEqualTo(200);

		assertThat(first.api().get(USERS).status()).isEqualTo(403);
		assertThat(patch(second.api(), USERS + "/" + second.username(), "{\"orgAdmin\": false}").status())
				.isEqualTo(409);
		assertThat(patch(admin(), USERS + "/" + second.username() + "?organisation=" + id, "{\"disabled\": true}")
				.status()).isEqualTo(409);
	}

	@Test
	void anEMailAddressBelongsToOneAccountAndIsChecked() {
		String organisation = organisation("Woningcorporatie");
		User administrator = orgAdmin("beheerder", organisation);
		User first = newUser("eerste", organisation);
		User second = newUser("tweede", organisation);
		// a name with an '@' from before new names could have one
		UserAccount namedLikeAnAddress = users.save(new UserAccount(null, username("adres") + "@corporatie.example",
				"-", "Oud account", organisationId(organisation), false, Instant.now(), null, false, false));
		Api api = administrator.api().header("Accept-Language", "nl");
		String address = first.username() + "@corporatie.example.nl";
		assertThat(patch(api, USERS + "/" + first.username(), "{\"email\": \"" + address + "\"}").status())
				.isEqualTo(200);

		Api.Response taken = patch(api, USERS + "/" + second.username(),
				"{\"email\": \"" + address.toUpperCase() + "\"}");
		Api.Response takenOnCreate = api.post(USERS, """
				{"username": "%s", "email": "%s", "password": "%s"}""".formatted(username("derde"), address, PASSWORD));
		Api.Response invalid = patch(api, USERS + "/" + second.username(), "{\"email\": \"geen adres\"}");
		Api.Response someonesName = patch(api, USERS + "/" + second.username(),
				"{\"email\": \"" + namedLikeAnAddress.username().toUpperCase() + "\"}");

		assertThat(taken.status()).isEqualTo(409);
		assertThat(error(taken)).isEqualTo("email: Dit e-mailadres hoort al bij een ander account.");
		assertThat(takenOnCreate.status()).isEqualTo(409);
		assertThat(error(takenOnCreate)).startsWith("email: ");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(error(invalid)).startsWith("email: Dit is geen e-mailadres");
		assertThat(someonesName.status()).isEqualTo(409);
		// an empty address removes it, and the address is free again
		assertThat(patch(api, USERS + "/" + first.username(), "{\"email\": \"\"}").status()).isEqualTo(200);
		assertThat(patch(api, USERS + "/" + second.username(), "{\"email\": \"" + address + "\"}").status())
				.isEqualTo(200);
	}

	@Test
	void anAdministratorSetsANewPasswordThatEndsSessionsAndRevokesTokens() {
		String organisation = organisation("Ziekenhuis");
		User administrator = orgAdmin("beheerder", organisation);
		User member = newUser("vergeten", organisation);
		Api api = administrator.api().header("Accept-Language", "nl");

		Api.Response tooShort = api.post(USERS + "/" + member.username() + "/password", "{\"newPassword\": \"kort\"}");
		Api.Response own = api.post(USERS + "/" + administrator.username() + "/password",
				"{\"newPassword\": \"een-nieuw-wachtwoord\"}");
		Api.Response reset = api.post(USERS + "/" + member.username() + "/password",
				"{\"newPassword\": \"een-nieuw-wachtwoord\"}");

		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(error(tooShort)).startsWith("newPassword: ");
		assertThat(own.status()).isEqualTo(409);
		assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
		assertThat(reset.json().get("tokensRevoked").asInt()).isEqualTo(1);
		assertThat(member.api().get("/api/v1/users/me").status()).isEqualTo(401);
		assertThat(api().as(member.username(), "een-nieuw-wachtwoord").get("/api/v1/users/me").status())
				.isEqualTo(200);
	}
}
