package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The instrument as a person clicks through it in Chromium: log in, start from the druppelbril template,
 * change a key figure and see the result change, make an invalid edit and see why, look at the overview,
 * and choose a settlement with its payments.
 */
class InstrumentE2eTest extends BrowserTestBase {

	@Test
	void fromTemplateToAgreement() {
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");
		Browser.screenshot(page, "01-casussen");

		page.getByLabel("Druppelbril in thuiszorg en verpleeghuis").check();
		page.getByText("Casus maken").click();
		page.waitForURL("**/gesprek");
		step(page, "Kengetallen");
		Browser.screenshot(page, "02-kengetallen");
		String homeCareBefore = page.locator("#summary tbody tr").first().locator("td").first().textContent();

		Locator successRate = page.locator("#input-targetGroups-0-successRate");
		successRate.fill("50");
		successRate.press("Tab");
		assertThat(page.locator("#field-targetGroups-0-successRate .field-saved")).hasText("Opgeslagen");
		assertThat(page.locator("#summary tbody tr").first().locator("td").first()).not().hasText(homeCareBefore);
		Browser.screenshot(page, "03-slagingspercentage-gewijzigd");

		Locator horizon = page.locator("#input-horizonYears");
		horizon.fill("0");
		horizon.press("Tab");
		assertThat(page.locator("#field-horizonYears .field-error")).containsText("moet tussen 1 en 50 liggen");
		assertThat(page.locator("#input-horizonYears")).hasValue("0");
		Browser.screenshot(page, "04-ongeldige-invoer");
		page.reload();
		assertThat(page.locator("#input-horizonYears")).hasValue("3");
		assertThat(page.locator("#input-targetGroups-0-successRate")).hasValue("50");

		page.getByText("Doelgroep toevoegen").click();
		page.waitForURL("**/kengetallen#targetGroups");
		assertThat(page.locator("#input-targetGroups-2-name")).hasValue("Doelgroep 3");
		assertThat(Browser.seriousViolations(page)).isEmpty();

		step(page, "Het goede gesprek");
		page.locator("#knelpunt-wat details:not(.confirm) summary").click();
		page.locator("#text-knelpunt\\.wat").fill("Cliënten wachten op hulp bij oogdruppelen.");
		page.locator("#knelpunt-wat form.answer-form button[type=submit]").click();
		page.waitForURL("**/gesprek#knelpunt-wat");
		assertThat(page.locator("#knelpunt-wat .answers")).containsText("Cliënten wachten op hulp bij oogdruppelen.");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "05-gesprek");

		step(page, "Partijen");
		page.getByText("Partij toevoegen").click();
		page.waitForURL("**/partijen#parties");
		assertThat(page.locator("#input-parties-4-name")).hasValue("Partij 5");
		Locator newParty = page.locator("#input-parties-4-name");
		newParty.fill("Gemeente Noord");
		newParty.press("Tab");
		assertThat(page.locator("#field-parties-4-name .field-saved")).hasText("Opgeslagen");
		assertThat(page.locator("#summary")).containsText("Gemeente Noord");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "06-partijen");

		step(page, "Activiteiten en kostenposten");
		page.getByText("Post toevoegen").click();
		page.waitForURL("**/activiteiten#items");
		page.locator("#input-items-4-party").selectOption("partij-5");
		assertThat(page.locator("#field-items-4-party .field-saved")).hasText("Opgeslagen");
		Locator amount = page.locator("#input-items-4-amount");
		amount.fill("12.500");
		amount.press("Tab");
		assertThat(page.locator("#field-items-4-amount .field-saved")).hasText("Opgeslagen");
		assertThat(page.locator("#summary tbody tr").nth(4).locator("td").first()).hasText("€ -37.500");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "07-activiteiten");

		step(page, "Overzicht");
		assertThat(page.locator("#partij-thuiszorg h2")).containsText("Thuiszorg Noord");
		assertThat(page.locator("#partij-thuiszorg")).containsText("Vrijgekomen capaciteit (fte)");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "08-overzicht");
		byte[] printed = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(false)
				.setPath(Browser.SCREENSHOTS.resolve("08-overzicht-a4.pdf")));
		assertThat(new String(printed, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		step(page, "Diagrammen");
		assertThat(page.locator("section.chart")).hasCount(4);
		assertThat(page.locator("#chart-flows svg title")).hasText("Geldstromen van financier naar zorgaanbieder");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "09-diagrammen");

		step(page, "Verdeling en afspraken");
		page.getByLabel("niemand gaat erop achteruit").check();
		page.getByText("Deze methode vastleggen").click();
		page.waitForURL("**/verdeling#afspraken");
		assertThat(page.locator("#payments-title")).hasText("Betalingen bij niemand gaat erop achteruit");
		assertThat(page.locator("ul.payments li").first()).containsText("betaalt");
		assertThat(page.locator("p.core")).not().isEmpty();
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "10-verdeling");
	}

	private static void step(Page page, String name) {
		page.locator("nav.steps").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
		page.waitForLoadState();
		assertThat(page.locator("h1")).hasText(name);
	}

	@Test
	void aLargeCaseOpensItsLinesOnDemand() {
		String location = admin().post("/api/v1/cases", nl.ontschot.engine.SharedFiles
				.read("bench/large-25-parties.json")).header("Location").orElseThrow();
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");
		page.navigate("http://localhost:" + port + location.replace("/api/v1", "") + "/activiteiten");

		page.locator("#activities details").nth(7).locator("summary").click();
		Locator volume = page.locator("#input-activities-7-future-volume");
		volume.fill("1");
		volume.press("Tab");

		assertThat(page.locator("#field-activities-7-future-volume .field-saved")).hasText("Opgeslagen");
		Browser.screenshot(page, "11-grote-casus");
	}

	@Test
	void theStepsSpeakEnglishWhenAsked() {
		Page page = loggedIn("admin", ADMIN_PASSWORD, "en-GB");

		assertThat(page.locator("h1")).hasText("Cases");
		assertThat(Browser.seriousViolations(page)).isEmpty();
	}
}
