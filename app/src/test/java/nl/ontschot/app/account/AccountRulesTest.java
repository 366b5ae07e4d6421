package nl.ontschot.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.ontschot.app.Api;
import tools.jackson.databind.JsonNode;

/** What every account's name, address, password and organisation must be, whoever makes or changes it. */
class AccountRulesTest extends OrganisationTestBase {

	private static final String USERS = "/api/v1/organisation/users";
	private static final String SPACES = "            ";

	@Autowired
	private AccountService accounts;

	@Test
	void aNewAccountNameContainsNoAtSoThatNobodyTakesSomeonesAddress() {
		String organisation = organisation("Zorgaanbieder");
		Api api = orgAdmin("beheerder", organisation).api().header("Accept-Language", "nl");

		Api.Response squatted = api.post(USERS, """
				{"username": "zadmin@zorg.nl", "password": "%s"}""".formatted(PASSWORD));
		Api.Response bySystemAdministrator = admin().header("Accept-Language", "nl").post("/api/v1/users", """
				{"username": "zadmin@zorg.nl", "password": "%s", "organisation": "%s"}""".formatted(PASSWORD,
				organisation));

		assertThat(squatted.status()).isEqualTo(400);
		assertThat(error(squatted)).isEqualTo(
				"username: Een gebruikersnaam bevat geen @: een e-mailadres geeft u op in het veld E-mailadres.");
		assertThat(bySystemAdministrator.status()).isEqualTo(400);
		assertThat(error(bySystemAdministrator)).startsWith("username: Een gebruikersnaam bevat geen @");
	}

	@Test
	void namesAndAddressesContainNoInvisibleCharacters() {
		String organisation = organisation("Buurtteam");
		Api api = orgAdmin("beheerder", organisation).api().header("Accept-Language", "nl");
		User member = newUser("lid", organisation);
		String invisible = "username: Dit veld bevat een onzichtbaar teken of stuurteken";

		Api.Response zeroWidth = api.post(USERS, """
				{"username": "jan\\u200bjansen", "password": "%s"}""".formatted(PASSWORD));
		Api.Response reversed = api.post(USERS, """
				{"username": "%s", "displayName": "Jan \\u202eNESNAJ", "password": "%s"}""".formatted(
				username("jan"), PASSWORD));
		Api.Response address = patch(api, USERS + "/" + member.username(),
				"{\"email\": \"lid\\u2066@buurtteam.example.nl\"}");
		Api.Response displayName = patch(api, USERS + "/" + member.username(), "{\"displayName\": \"Lid\\tTwee\"}");
		Api.Response organisationName = admin().header("Accept-Language", "nl").post("/api/v1/users", """
				{"username": "%s", "password": "%s", "organisation": "Gemeente\\u200e"}""".formatted(
				username("org"), PASSWORD));

		assertThat(zeroWidth.status()).isEqualTo(400);
		assertThat(error(zeroWidth)).startsWith(invisible);
		assertThat(error(reversed)).startsWith(invisible.replace("username", "displayName"));
		assertThat(error(address)).startsWith(invisible.replace("username", "email"));
		assertThat(error(displayName)).startsWith(invisible.replace("username", "displayName"));
		assertThat(organisationName.status()).isEqualTo(400);
		assertThat(error(organisationName)).startsWith(invisible.replace("username", "organisation"));
	}

	@Test
	void anAddressContainsNoWhiteSpaceOfAnyKind() {
		String organisation = organisation("Wijkteam");
		Api api = orgAdmin("beheerder", organisation).api().header("Accept-Language", "nl");
		User member = newUser("lid", organisation);

		Api.Response noBreakSpace = patch(api, USERS + "/" + member.username(),
				"{\"email\": \"lid\\u00a0wijk@wijkteam.example.nl\"}");
		Api.Response emSpace = patch(api, USERS + "/" + member.username(),
				"{\"email\": \"lid@wijk\\u2003team.example.nl\"}");

		assertThat(noBreakSpace.status()).isEqualTo(400);
		assertThat(error(noBreakSpace)).startsWith("email: Dit is geen e-mailadres");
		assertThat(emSpace.status()).isEqualTo(400);
	}

	@Test
	void aPasswordOfOnlySpacesIsRefusedWhereverAPasswordIsSet() {
		String organisation = organisation("Jeugdzorg");
		User administrator = orgAdmin("beheerder", organisation);
		User member = newUser("lid", organisation);
		Api api = administrator.api().header("Accept-Language", "nl");
		String blank = "Een wachtwoord van alleen spaties is geen wachtwoord";

		Api.Response created = api.post(USERS, """
				{"username": "%s", "password": "%s"}""".formatted(username("spatie"), SPACES));
		Api.Response bySystemAdministrator = admin().header("Accept-Language", "nl").post("/api/v1/users", """
				{"username": "%s", "password": "%s", "organisation": "%s"}""".formatted(username("spatie"),
				"\\t\\u00a0" + SPACES, organisation));
		Api.Response reset = api.post(USERS + "/" + member.username() + "/password",
				"{\"newPassword\": \"" + SPACES + "\"}");
		Api.Response own = member.api().header("Accept-Language", "nl").put("/api/v1/users/me/password",
				"{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"" + SPACES + "\"}");

		assertThat(created.status()).isEqualTo(400);
		assertThat(error(created)).startsWith("password: " + blank);
		assertThat(bySystemAdministrator.status()).isEqualTo(400);
		assertThat(error(bySystemAdministrator)).startsWith("password: " + blank);
		assertThat(reset.status()).isEqualTo(400);
		assertThat(error(reset)).startsWith("newPassword: " + blank);
		assertThat(own.status()).isEqualTo(400);
		assertThat(error(own)).startsWith("newPassword: " + blank);
		assertThat(api().as(member.username(), PASSWORD).get("/api/v1/users/me").status()).isEqualTo(200);
	}

	/**
	 * Two requests for one name or address in other letters, at the same moment, both pass the check before the
	 * insert; the second one's insert is what the database refuses. Inserting without the check does the same.
	 */
	@Test
	void aNameOrAddressTakenAtTheSameMomentGetsTheSameRefusal() {
		String organisation = organisation("Gelijktijdig");
		User first = newUser("eerste", organisation);
		String address = first.username() + "@gelijktijdig.example.nl";
		assertThat(patch(admin(), USERS + "/" + first.username() + "?organisation=" + organisationId(organisation),
				"{\"email\": \"" + address + "\"}").status()).isEqualTo(200);
		long organisationId = organisationId(organisation);

		assertThatThrownBy(() -> accounts.insert(first.username().toUpperCase(), "", PASSWORD, organisationId, false,
				null)).isInstanceOfSatisfying(AccountProblem.class, problem -> {
					assertThat(problem.status()).isEqualTo(409);
					assertThat(problem.field()).isEqualTo("username");
					assertThat(problem.messageKey()).isEqualTo("account.usernameTaken");
				});
		assertThatThrownBy(() -> accounts.insert(username("tweede"), "", PASSWORD, organisationId, false,
				address.toUpperCase())).isInstanceOfSatisfying(AccountProblem.class, problem -> {
					assertThat(problem.status()).isEqualTo(409);
					assertThat(problem.field()).isEqualTo("email");
					assertThat(problem.messageKey()).isEqualTo("organisation.emailTaken");
				});
	}

	@Test
	void anOrganisationNamedInOtherLettersIsTheSameOrganisation() {
		String organisation = organisation("Gemeente");
		newUser("eerste", organisation);

		Api.Response created = admin().post("/api/v1/users", """
				{"username": "%s", "password": "%s", "organisation": "  %s "}""".formatted(username("tweede"),
				PASSWORD, organisation.toLowerCase()));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("organisation").asString()).isEqualTo(organisation);
		long named = 0;
		for (JsonNode each : admin().get("/api/v1/organisations").json()) {
			if (each.get("name").asString().equalsIgnoreCase(organisation)) {
				named++;
			}
		}
		assertThat(named).isEqualTo(1);
	}

	@Test
	void accountsCreatedAtTheSameMomentForANewOrganisationFindOneOrganisation() throws Exception {
		String organisation = organisation("Huisartsen");
		List<String> spellings = List.of(organisation, organisation.toUpperCase(), organisation.toLowerCase(),
				organisation + "\u00a0");
		ExecutorService pool = Executors.newFixedThreadPool(spellings.size());
		try {
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (String spelling : spellings) {
				String request = """
						{"username": "%s", "password": "%s", "organisation": "%s"}""".formatted(username("samen"),
						PASSWORD, spelling);
				answers.add(pool.submit(() -> admin().post("/api/v1/users", request)));
			}
			for (Future<Api.Response> answer : answers) {
				assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(201);
			}
		} finally {
			pool.shutdown();
		}
		long named = 0;
		for (JsonNode each : admin().get("/api/v1/organisations").json()) {
			if (each.get("name").asString().strip().equalsIgnoreCase(organisation)) {
				named++;
			}
		}
		assertThat(named).isEqualTo(1);
	}

	@Test
	void whatOnlyTheSystemAdministratorMaySaysSo() {
		Api administrator = orgAdmin("beheerder", organisation("Huisarts")).api();

		Api.Response create = administrator.header("Accept-Language", "nl").post("/api/v1/users", """
				{"username": "%s", "password": "%s", "organisation": "Elders"}""".formatted(username("x"),
				PASSWORD));
		Api.Response list = administrator.header("Accept-Language", "en").get("/api/v1/organisations");

		assertThat(create.status()).isEqualTo(403);
		assertThat(error(create)).startsWith(": Alleen de systeembeheerder maakt zo accounts aan");
		assertThat(list.status()).isEqualTo(403);
		assertThat(error(list)).isEqualTo(": Only the system administrator sees the list of all organisations.");
	}

	@Test
	void theLoginPageAfterAnEndedSessionDoesNotSayWhy() {
		assertThat(api().header("Accept-Language", "nl").get("/login?ended").body()).contains(
				"Uw sessie is beëindigd. Log opnieuw in; lukt dat niet, vraag dan de beheerder van uw organisatie.");
		assertThat(api().header("Accept-Language", "en").get("/login?ended").body()).contains(
				"Your session has ended. Please log in again; if that does not work, ask the administrator of your "
						+ "organisation.");
	}
}
