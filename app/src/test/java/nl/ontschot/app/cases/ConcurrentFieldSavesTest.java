package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.ApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * Two people save different fields of one case at the same moment: both edits land, every round. Only
 * when both change the same field does the later one see the other's value beside the field, with a choice.
 */
class ConcurrentFieldSavesTest extends ApiTestBase {

	private static final int ROUNDS = 30;

	@Test
	void twoPeopleSavingDifferentFieldsAtOnceBothLand() throws Exception {
		User owner = newUser("eerste", "Thuiszorg Noord");
		User other = newUser("tweede", "Zorgverzekeraar Zuid");
		BrowserSession first = new BrowserSession(port, owner.username(), PASSWORD, "nl-NL");
		String page = first.createCase("druppelbril");
		owner.api().put("/api/v1" + page + "/members/" + other.username(), "{\"role\": \"EDITOR\"}");
		BrowserSession second = new BrowserSession(port, other.username(), PASSWORD, "nl-NL");
		first.get(page + "/kengetallen");
		second.get(page + "/kengetallen");

		for (int round = 1; round <= ROUNDS; round++) {
			CyclicBarrier together = new CyclicBarrier(2);
			int n = round;
			String description = "Ronde " + round;
			CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> {
				await(together);
				return first.post(page + "/field", Map.of("path", "targetGroups[0].population",
						"value", String.valueOf(150 + n), "original", String.valueOf(149 + n)));
			});
			CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> {
				await(together);
				return second.post(page + "/field", Map.of("path", "targetGroups[1].population",
						"value", String.valueOf(80 + n), "original", String.valueOf(79 + n)));
			});

			List<HttpResponse<String>> answers = List.of(a.get(), b.get());

			assertThat(answers).allSatisfy(r -> {
				assertThat(r.statusCode()).isEqualTo(200);
				assertThat(r.body()).contains("Opgeslagen");
			});
			JsonNode stored = owner.api().get("/api/v1" + page).json();
			assertThat(stored.at("/targetGroups/0/population").asInt()).as(description).isEqualTo(150 + round);
			assertThat(stored.at("/targetGroups/1/population").asInt()).as(description).isEqualTo(80 + round);
		}
	}

	@Test
	void aRealConflictShowsTheirValueBesideTheFieldWithAChoice() {
		TwoWindows windows = twoWindowsOn("kengetallen");
		BrowserSession first = windows.first();
		BrowserSession second = windows.second();
		String page = windows.page();
		User owner = windows.owner();

		first.post(page + "/field", Map.of("path", "targetGroups[0].population", "value", "160", "original", "150"));
		HttpResponse<String> conflict = second.post(page + "/field",
				Map.of("path", "targetGroups[0].population", "value", "170", "original", "150"));
		HttpResponse<String> keepTheirs = second.get(page + "/field?path=targetGroups%5B0%5D.population");
		HttpResponse<String> keepMine = second.post(page + "/field",
				Map.of("path", "targetGroups[0].population", "value", "170", "original", "160"));

		assertThat(conflict.statusCode()).isEqualTo(200);
		assertThat(conflict.body()).contains("Iemand anders heeft dit intussen gewijzigd in: 160", "value=\"170\"",
				"Mijn waarde opslaan", "Hun waarde houden");
		assertThat(keepTheirs.body()).contains("value=\"160\"").doesNotContain("field-error");
		assertThat(keepMine.body()).contains("Opgeslagen");
		assertThat(owner.api().get("/api/v1" + page).json().at("/targetGroups/0/population").asInt()).isEqualTo(170);
	}

	@Test
	void aRealConflictInATableCellOffersTheSameChoice() {
		TwoWindows windows = twoWindowsOn("activiteiten");
		BrowserSession first = windows.first();
		BrowserSession second = windows.second();
		String page = windows.page();
		User owner = windows.owner();

		first.post(page + "/cell", Map.of("path", "activities[0].future.volume", "value", "7", "original", "6.0"));
		HttpResponse<String> conflict = second.post(page + "/cell",
				Map.of("path", "activities[0].future.volume", "value", "9", "original", "6.0"));
		HttpResponse<String> keepTheirs = second.get(page + "/cell?path=activities%5B0%5D.future.volume");

		assertThat(conflict.body()).contains("field cell", "Iemand anders heeft dit intussen gewijzigd in: 7",
				"value=\"9\"", "Mijn waarde opslaan", "Hun waarde houden", "/cell?path=");
		assertThat(keepTheirs.body()).contains("field cell", "value=\"7\"").doesNotContain("field-error");
		assertThat(owner.api().get("/api/v1" + page).json().at("/activities/0/future/volume").asInt()).isEqualTo(7);
	}

	/** One person with two browser windows on a new case's step page: what a conflict needs. */
	private record TwoWindows(User owner, String page, BrowserSession first, BrowserSession second) {
	}

	private TwoWindows twoWindowsOn(String step) {
		User owner = newUser("eerste", "Thuiszorg Noord");
		BrowserSession first = new BrowserSession(port, owner.username(), PASSWORD, "nl-NL");
		String page = first.createCase("druppelbril");
		BrowserSession second = new BrowserSession(port, owner.username(), PASSWORD, "nl-NL");
		first.get(page + "/" + step);
		second.get(page + "/" + step);
		return new TwoWindows(owner, page, first, second);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
