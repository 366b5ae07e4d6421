package nl.ontschot.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import tools.jackson.databind.JsonNode;

/** Organisations of their own per test, their administrators, and the PATCH the test client lacks. */
abstract class OrganisationTestBase extends ApiTestBase {

	/** A name no other test uses, so that each test has its organisation's administrators to itself. */
	static String organisation(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The id of the organisation with this name, as the system administrator sees it. */
	long organisationId(String name) {
		for (JsonNode organisation : admin().get("/api/v1/organisations").json()) {
			if (organisation.get("name").asString().equals(name)) {
				return organisation.get("id").asLong();
			}
		}
		throw new IllegalStateException("No organisation " + name);
	}

	/** A new account that the system administrator made administrator of its organisation. */
	User orgAdmin(String prefix, String organisation) {
		User user = newUser(prefix, organisation);
		Api.Response granted = patch(admin(), "/api/v1/organisation/users/" + user.username() + "?organisation="
				+ organisationId(organisation), "{\"orgAdmin\": true}");
		assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
		return user;
	}

	static Api.Response patch(Api api, String path, String json) {
		return api.send("PATCH", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	/** The field and sentence of the first error in an API answer. */
	static String error(Api.Response response) {
		JsonNode error = response.json().get("errors").get(0);
		return error.get("path").asString() + ": " + error.get("message").asString();
	}
}
