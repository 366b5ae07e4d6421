package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * The 25-party case of the bench in Chromium: every step page opens without serious accessibility problems,
 * the activities are found with the search and filter, and a cell of the table saves itself.
 */
class LargeCaseE2eTest extends BrowserTestBase {

	private String largeCase() {
		return "http://localhost:" + port + admin().post("/api/v1/cases", nl.ontschot.engine.SharedFiles
				.read("bench/large-25-parties.json")).header("Location").orElseThrow().replace("/api/v1", "");
	}

	@Test
	void theChosenMethodIsWhollyInViewOnALaptopAndOnPaper() {
		String url = largeCase();
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");
		page.setViewportSize(1366, 768);
		page.navigate(url + "/verdeling");

		Locator chosen = page.locator("table.comparison thead th.chosen");
		Locator lastColumn = page.locator("table.comparison thead th").last();
		double cardRight = ((Number) page.locator("table.comparison").evaluate(
				"t => t.closest('.card').getBoundingClientRect().right")).doubleValue();
		assertThat(chosen).containsText("gekozen");
		assertThat(lastColumn.boundingBox().x + lastColumn.boundingBox().width).isLessThanOrEqualTo(cardRight);

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(chosen).isVisible();
		assertThat((Boolean) page.locator("table.comparison").evaluate(
				"t => t.closest('.table-scroll').scrollWidth <= t.closest('.table-scroll').clientWidth + 1")).isTrue();
		Browser.screenshot(page, "groot-verdeling-afdruk");
	}

	@Test
	void everyStepOfTheLargeCaseWorks() {
		String url = largeCase();
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");

		for (String step : new String[] { "gesprek", "partijen", "kengetallen", "activiteiten", "overview",
				"diagrammen", "verdeling", "afspraken", "scenarios", "onzekerheid" }) {
			page.navigate(url + "/" + step);
			assertThat(page.locator("h1")).isVisible();
			assertThat(Browser.seriousViolations(page)).as(step).isEmpty();
			Browser.screenshot(page, "groot-" + step);
		}

		page.navigate(url + "/activiteiten");
		page.locator("#filter-party").selectOption("p03");
		assertThat(page.locator("#activities p[role=status]")).containsText("gevonden regels");
		page.locator("#filter-q").fill("zzz-niets");
		assertThat(page.locator("#activities p[role=status]")).containsText("Geen regels gevonden");
		page.locator("#filter-q").fill("");
		page.locator("#filter-party").selectOption("");
		assertThat(page.locator("#activities p[role=status]")).containsText("Regel 1 tot en met 25 van 400.");

		Locator volume = page.locator("#input-activities-3-future-volume");
		volume.fill("2");
		volume.press("Tab");
		assertThat(page.locator("#field-activities-3-future-volume .field-saved")).hasText("Opgeslagen");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/activiteiten.*"));
		Browser.screenshot(page, "groot-activiteiten-gefilterd");

		java.util.List<String> asked = new java.util.ArrayList<>();
		page.onDialog(dialog -> {
			asked.add(dialog.message());
			dialog.accept();
		});
		page.locator("#items tr.more summary").first().click();
		page.locator("#items tr.more").first().getByText("Deze post verwijderen").click();
		// the whole page of a thousand lines comes again after the removal: on a busy machine that takes a while
		assertThat(page.locator("#items p[role=status]")).containsText("van 599.",
				new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
		assertThat(asked).singleElement().asString().startsWith("Deze post verwijderen (");
	}

	@Test
	void anArrangementAndAScenarioOfTheLargeCaseAreComparedForEveryParty() {
		String url = largeCase();
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");

		page.navigate(url + "/afspraken");
		page.locator("#new-type").selectOption("SHARED_SAVINGS");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak toevoegen")).click();
		page.waitForURL("**/afspraken#arrangements");
		assertThat(page.locator("#comparison table tbody tr")).hasCount(26);
		assertThat(page.locator("#comparison table thead th")).hasCount(3);
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "groot-afspraken");

		page.navigate(url + "/scenarios");
		page.getByText("Scenario toevoegen").click();
		page.waitForURL("**/scenarios#scenarios");
		page.getByLabel("Wat verandert").selectOption("discountRate");
		page.getByLabel("Nieuwe waarde").fill("4");
		page.getByText("Toevoegen aan scenario").click();
		page.waitForURL("**/scenarios#scenario-0");
		assertThat(page.locator("#scenario-0 form.change input[name=value]")).hasValue("4");
		assertThat(page.locator("#side-by-side table").first().locator("tbody tr")).hasCount(26);
		assertThat(page.locator("#side-by-side table").first().locator("thead th")).hasText(new String[] { "Partij", "Plan",
				"Scenario 1" });
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "groot-scenarios");
	}

	@Test
	void aYearOfTheLargeCaseIsRealisedInItsGrid() {
		String url = largeCase();
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");
		page.navigate(url + "/realisatie?jaar=2027");
		assertThat(page.locator("#grid-activiteiten tbody tr")).hasCount(400);

		Locator box = page.locator("#grid-posten tbody tr").first().locator("input[type=text]");
		box.fill("12.345");
		page.locator("#grid-activiteiten tbody tr").nth(3).locator("input[type=text]").first().fill("150");
		page.getByText("Opslaan", new Page.GetByTextOptions().setExact(true)).click();

		assertThat(page.locator("[role=status]")).containsText("opgeslagen");
		assertThat(page.locator("#grid-posten tbody tr").first().locator("input[type=text]")).hasValue("12.345");
		assertThat(page.locator("#outcome table").first().locator("tbody tr")).hasCount(26);
		assertThat(page.locator("#outcome table").first().locator("thead")).containsText("2027 (gerealiseerd)");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "groot-realisatie");
	}
}
