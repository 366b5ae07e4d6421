package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.engine.SharedFiles;

/**
 * Every case endpoint for every kind of caller: owner, editor, party-bound editor, viewer, stranger and
 * anonymous. Each request that changes something runs against a fresh case, so that earlier rows cannot
 * influence later ones.
 */
class AuthorizationMatrixTest extends ApiTestBase {

	private static final String DOCUMENT = SharedFiles.read("cases/druppelbril.json");

	private User owner;
	private User editor;
	private User partyEditor;
	private User viewer;
	private User stranger;

	@BeforeEach
	void people() {
		owner = newUser("eigenaar", "Zorgverzekeraar Zuid");
		editor = newUser("bewerker", "Zorgkantoor Regio");
		partyEditor = newUser("thuiszorg", "Thuiszorg Noord");
		viewer = newUser("kijker", "VVT-instelling De Linde");
		stranger = newUser("vreemde", "Andere gemeente");
	}

	/** A fresh case with the editor, the party-bound editor (thuiszorg) and the viewer as members. */
	private String freshCase() {
		String location = owner.api().post("/api/v1/cases", DOCUMENT).header("Location").orElseThrow();
		assertThat(owner.api().put(location + "/members/" + editor.username(), "{\"role\": \"EDITOR\"}").status())
				.isEqualTo(200);
		assertThat(owner.api().put(location + "/members/" + partyEditor.username(),
				"{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}").status()).isEqualTo(200);
		assertThat(owner.api().put(location + "/members/" + viewer.username(), "{\"role\": \"VIEWER\"}").status())
				.isEqualTo(200);
		return location;
	}

	private static String changeOfOtherParty() {
		return DOCUMENT.replace("\"population\": 150", "\"population\": 151");
	}

	private static String changeOfOwnFigures() {
		return DOCUMENT.replace("\"amount\": 12.5, \"basis\": \"PER_PARTICIPANT\", \"group\": \"thuis\"",
				"\"amount\": 14.0, \"basis\": \"PER_PARTICIPANT\", \"group\": \"thuis\"");
	}

	private final Map<String, BiFunction<Api, String, Api.Response>> endpoints() {
		Map<String, BiFunction<Api, String, Api.Response>> e = new LinkedHashMap<>();
		e.put("GET case", (api, c) -> api.get(c));
		e.put("GET result", (api, c) -> api.get(c + "/result"));
		e.put("GET versions", (api, c) -> api.get(c + "/versions"));
		e.put("GET version 1", (api, c) -> api.get(c + "/versions/1"));
		e.put("GET audit", (api, c) -> api.get(c + "/audit"));
		e.put("GET members", (api, c) -> api.get(c + "/members"));
		e.put("PUT other party", (api, c) -> api.header("If-Match", "\"1\"").put(c, changeOfOtherParty()));
		e.put("PUT own figures", (api, c) -> api.header("If-Match", "\"1\"").put(c, changeOfOwnFigures()));
		e.put("PUT member", (api, c) -> api.put(c + "/members/" + stranger.username(), "{\"role\": \"VIEWER\"}"));
		e.put("DELETE member", (api, c) -> api.delete(c + "/members/" + viewer.username()));
		e.put("DELETE case", (api, c) -> api.delete(c));
		return e;
	}

	@Test
	void everyEndpointForEveryCaller() {
		Map<String, Api> callers = new LinkedHashMap<>();
		callers.put("owner", owner.api());
		callers.put("editor", editor.api());
		callers.put("party editor", partyEditor.api());
		callers.put("viewer", viewer.api());
		callers.put("stranger", stranger.api());
		callers.put("anonymous", api());
		// expected status per endpoint, in the order of the callers above
		Map<String, List<Integer>> expected = new LinkedHashMap<>();
		expected.put("GET case", List.of(200, 200, 200, 200, 404, 401));
		expected.put("GET result", List.of(200, 200, 200, 200, 404, 401));
		expected.put("GET versions", List.of(200, 200, 200, 200, 404, 401));
		expected.put("GET version 1", List.of(200, 200, 200, 200, 404, 401));
		expected.put("GET audit", List.of(200, 200, 200, 200, 404, 401));
		expected.put("GET members", List.of(200, 200, 200, 200, 404, 401));
		expected.put("PUT other party", List.of(200, 200, 403, 403, 404, 401));
		expected.put("PUT own figures", List.of(200, 200, 200, 403, 404, 401));
		expected.put("PUT member", List.of(200, 403, 403, 403, 404, 401));
		// the viewer removes itself: every member may leave
		expected.put("DELETE member", List.of(204, 403, 403, 204, 404, 401));
		expected.put("DELETE case", List.of(204, 403, 403, 403, 404, 401));

		String readOnly = freshCase();
		Map<String, List<Integer>> actual = new LinkedHashMap<>();
		endpoints().forEach((endpoint, call) -> actual.put(endpoint, callers.values().stream()
				.map(caller -> call.apply(caller, endpoint.startsWith("GET") ? readOnly : freshCase()).status())
				.toList()));

		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void listsAndCreationFollowMembership() {
		String location = freshCase();
		String id = location.substring(location.lastIndexOf('/') + 1);

		assertThat(viewer.api().get("/api/v1/cases").json().findValuesAsString("id")).contains(id);
		assertThat(stranger.api().get("/api/v1/cases").json().findValuesAsString("id")).doesNotContain(id);
		assertThat(api().get("/api/v1/cases").status()).isEqualTo(401);
		assertThat(stranger.api().post("/api/v1/cases", DOCUMENT).status()).isEqualTo(201);
		assertThat(api().post("/api/v1/calculations", DOCUMENT).status()).isEqualTo(401);
	}

	@Test
	void aPartyBoundEditorLearnsWhatWasOutsideTheirParty() {
		String location = freshCase();

		Api.Response refused = partyEditor.api().header("If-Match", "\"1\"").put(location, changeOfOtherParty());

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("errors").get(0).get("path").asString()).isEqualTo("targetGroups");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("Thuiszorg Noord");
		assertThat(owner.api().get(location).body()).isEqualTo(DOCUMENT);
	}

	@Test
	void aMemberSeesWhoAddedThemAndWhenAndCanLeave() {
		String location = freshCase();
		String id = location.substring(location.lastIndexOf('/') + 1);

		var listed = viewer.api().get("/api/v1/cases").json().valueStream()
				.filter(c -> c.get("id").asString().equals(id)).findFirst().orElseThrow();
		var member = viewer.api().get(location + "/members").json().valueStream()
				.filter(m -> m.get("username").asString().equals(viewer.username())).findFirst().orElseThrow();

		assertThat(listed.at("/added/by").asString()).isEqualTo(owner.username());
		assertThat(listed.at("/added/at").asString()).startsWith("20");
		assertThat(member.at("/added/by").asString()).isEqualTo(owner.username());
		assertThat(viewer.api().delete(location + "/members/" + viewer.username()).status()).isEqualTo(204);
		assertThat(viewer.api().get(location).status()).isEqualTo(404);
		assertThat(viewer.api().get("/api/v1/cases").json().findValuesAsString("id")).doesNotContain(id);
	}

	@Test
	void theLastOwnerStays() {
		String location = freshCase();

		assertThat(owner.api().delete(location + "/members/" + owner.username()).status()).isEqualTo(409);
		assertThat(owner.api().put(location + "/members/" + owner.username(), "{\"role\": \"VIEWER\"}").status())
				.isEqualTo(409);
	}

	@Test
	void memberChangesAreAudited() {
		String location = freshCase();

		List<String> paths = owner.api().get(location + "/audit").json().findValuesAsString("path");

		assertThat(paths).contains("members." + editor.username(), "members." + partyEditor.username(),
				"members." + viewer.username());
	}
}
