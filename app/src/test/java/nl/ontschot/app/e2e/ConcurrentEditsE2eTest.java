package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;

/**
 * Two people in two browsers save different fields of one case at the same moment: both edits are stored,
 * round after round, and each sees "Opgeslagen" beside its own field.
 */
class ConcurrentEditsE2eTest extends BrowserTestBase {

	private static final int ROUNDS = 30;

	@Test
	void twoPeopleSavingDifferentFieldsAtOnceBothLand() {
		User first = newUser("eerste", "Thuiszorg Noord");
		User second = newUser("tweede", "Zorgverzekeraar Zuid");
		String location = first.api().post("/api/v1/cases?template=druppelbril", "").header("Location").orElseThrow();
		first.api().put(location + "/members/" + second.username(), "{\"role\": \"EDITOR\"}");
		String page = "http://localhost:" + port + location.replace("/api/v1", "") + "/kengetallen";
		Page a = loggedIn(first.username(), PASSWORD, "nl-NL");
		Page b = loggedIn(second.username(), PASSWORD, "nl-NL");
		a.navigate(page);
		b.navigate(page);

		for (int round = 1; round <= ROUNDS; round++) {
			a.evaluate("document.querySelectorAll('.field-saved').forEach(e => e.remove())");
			b.evaluate("document.querySelectorAll('.field-saved').forEach(e => e.remove())");
			Locator population = a.locator("#input-targetGroups-0-population");
			Locator other = b.locator("#input-targetGroups-1-population");
			population.fill(String.valueOf(150 + round));
			other.fill(String.valueOf(80 + round));
			// both changes leave their browser before either answer has come back
			population.dispatchEvent("change");
			other.dispatchEvent("change");

			assertThat(a.locator("#field-targetGroups-0-population .field-saved")).hasText("Opgeslagen");
			assertThat(b.locator("#field-targetGroups-1-population .field-saved")).hasText("Opgeslagen");
			JsonNode stored = first.api().get(location).json();
			assertThat(stored.at("/targetGroups/0/population").asInt()).as("round " + round).isEqualTo(150 + round);
			assertThat(stored.at("/targetGroups/1/population").asInt()).as("round " + round).isEqualTo(80 + round);
		}
		Browser.screenshot(b, "gelijktijdig-opgeslagen");
	}
}
