package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import nl.ontschot.engine.SharedFiles;

/**
 * Step Realisatie as a controller clicks through it: realised figures of a year typed into the grid, the
 * difference with the plan per party per year, and the settlement afterwards with its payments beside the
 * plan's; two wrong boxes shown at once.
 */
class RealisationE2eTest extends BrowserTestBase {

	@Test
	void realisedFiguresOfAYearShowTheVarianceAndTheNewSettlement() {
		// the example settles with BREAK_EVEN, so that a realisation moves the payments
		String location = admin().post("/api/v1/cases", SharedFiles.read("cases-v2/valpreventie-hib.json")
				.replace("\"method\": \"NONE\"", "\"method\": \"BREAK_EVEN\"")).header("Location").orElseThrow();
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");
		page.navigate("http://localhost:" + port + location.replace("/api/v1", "") + "/realisatie");

		assertThat(page.locator("h3").first()).hasText("Realisatie 2026");
		assertThat(page.locator("#outcome table").first().locator("thead")).containsText("2026 (gerealiseerd)");
		String paymentsBefore = page.locator("#payments-realised").textContent();

		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("2027").setExact(true)).click();
		assertThat(page.locator("h3").first()).hasText("Realisatie 2027");
		page.getByLabel("Zvw-zorg na een val, volume (totaal van het jaar), 2027").fill("veel");
		page.getByLabel("Deelnemers, Slagingspercentage (%), 2027").fill("140");
		page.getByText("Opslaan", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("#grid-error")).containsText("Niets opgeslagen");
		assertThat(page.locator("td.has-error")).hasCount(2);
		assertThat(page.locator("#grid-doelgroepen td.has-error")).containsText("moet tussen 0 % en 100 % liggen");
		assertThat(page.locator("#grid-activiteiten td.has-error")).containsText("Vul een getal in");

		page.getByLabel("Zvw-zorg na een val, volume (totaal van het jaar), 2027").fill("400");
		page.getByLabel("Deelnemers, Slagingspercentage (%), 2027").fill("");
		com.microsoft.playwright.Request sent = page.waitForRequest(r -> r.method().equals("POST"),
				() -> page.getByText("Opslaan", new Page.GetByTextOptions().setExact(true)).click());
		// only the changed boxes travel (a large case's year stays well inside what a form may hold)
		assertThat(sent.postData()).contains("zvw-zorg.volume").doesNotContain("wlz-opname.volume");
		assertThat(page.locator("[role=status]")).containsText("opgeslagen");
		assertThat(page.locator("#outcome table").first().locator("thead")).containsText("2027 (gerealiseerd)");
		assertThat(page.getByLabel("Zvw-zorg na een val, volume (totaal van het jaar), 2027")).hasValue("400");
		assertThat(page.locator("#outcome")).containsText("Verschil met het plan per partij per jaar");
		assertThat(page.locator("#chart-realisation svg")).isVisible();
		assertThat(page.locator("#payments-plan li").first()).containsText("betaalt");
		assertThat(page.locator("#payments-realised").textContent()).isNotEqualTo(paymentsBefore);
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "40-realisatie");
	}
}
