package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import nl.ontschot.engine.SharedFiles;

/**
 * Step Onzekerheid as a person clicks through it: the case's uncertain values, a range added, a run that
 * finishes with the risk per party, the tornado and the switching values, and a long run cancelled.
 */
class UncertaintyE2eTest extends BrowserTestBase {

	@Test
	void aRunShowsTheRiskPerPartyAndALongRunIsCancelled() {
		String location = admin().post("/api/v1/cases", SharedFiles.read("cases-v2/valpreventie-hib.json"))
				.header("Location").orElseThrow();
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");
		page.navigate("http://localhost:" + port + location.replace("/api/v1", "") + "/onzekerheid");

		assertThat(page.locator("#inputs tbody tr")).hasCount(3);
		page.getByLabel("Onzekere waarde", new Page.GetByLabelOptions().setExact(true))
				.selectOption("targetGroups.ouderen.successRate");
		page.getByLabel("Verdeling").selectOption("TRIANGULAR");
		page.locator("#input-min").fill("50");
		page.locator("#input-mode").fill("60");
		page.locator("#input-max").fill("70");
		page.getByText("Toevoegen", new Page.GetByTextOptions().setExact(true)).click();
		page.waitForURL("**/onzekerheid#inputs");
		assertThat(page.locator("#inputs tbody tr")).hasCount(4);
		assertThat(page.locator("#inputs tbody tr").last()).containsText("laagst 50 %");

		page.getByText("Simulatie starten").click();
		assertThat(page.locator("#run-state h3").first()).containsText("2.000 trekkingen",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		assertThat(page.locator("#run-state table").first().locator("tbody tr")).hasCount(6);
		assertThat(page.locator("#chart-tornado svg")).isVisible();
		assertThat(page.locator("ul.switching li").first()).containsText("speelt quitte bij");
		assertThat(page.locator("#run-state figure.histogram")).hasCount(6);
		assertThat(page.locator("#run-state figure.histogram").nth(1).locator("figcaption"))
				.containsText("Zorgverzekeraar Zuid");
		assertThat(page.locator("#run-state figure.histogram").nth(1).locator("rect")).hasCount(20);
		// Fysiotherapie Samen has € 0 in every draw: one narrow bar, not a block
		assertThat(page.locator("#run-state figure.histogram").nth(4).locator("rect")).hasCount(1);
		assertThat(page.locator("#run-state figure.histogram").nth(4).locator("rect")).hasAttribute("width", "29.0");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "30-onzekerheid");

		page.reload();
		assertThat(page.locator("#run-state h3").first()).containsText("2.000 trekkingen");
		assertThat(page.locator("#run-state figure.histogram")).hasCount(6);

		page.locator("#iterations").fill("1.000.000");
		page.getByText("Opslaan").click();
		page.waitForURL("**/onzekerheid#run");
		page.getByText("Simulatie starten").click();
		assertThat(page.locator("#progress")).isVisible();
		String before = page.locator("#run-state label").textContent();
		assertThat(page.locator("#run-state label")).not().hasText(before);
		page.getByText("Afbreken").click();
		assertThat(page.locator("#run-state")).containsText("afgebroken",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		Browser.screenshot(page, "31-onzekerheid-afgebroken");
	}
}
