package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Key figures, formulas, financing arrangements and scenarios as a person clicks through them (issue 8): a key
 * figure used in a formula on another page and renamed; an invalid formula refused beside its field; a shared
 * savings arrangement and an impact bond compared per party; two scenarios side by side.
 */
class AgreementsE2eTest extends BrowserTestBase {

	@Test
	void aKeyFigureIsUsedInAFormulaOnAnotherPageAndRenamed() {
		Page page = fromTemplate("Druppelbril in thuiszorg en verpleeghuis");
		step(page, "Kengetallen");
		page.getByText("Kengetal toevoegen").click();
		page.waitForURL("**/kengetallen#parameters");
		saveAndReload(page, "parameters-0-id", "clienten");
		save(page, "parameters-0-value", "400");
		assertThat(page.locator("#field-parameters-0-value .field-saved")).hasText("Opgeslagen");
		Browser.screenshot(page, "20-kengetal");

		step(page, "Activiteiten en kostenposten");
		save(page, "activities-0-current-volume", "=clienten * 0,85");
		assertThat(page.locator("#field-activities-0-current-volume .field-saved")).hasText("Opgeslagen");
		assertThat(page.locator("#field-activities-0-current-volume .field-value")).hasText("Uitkomst: 340");
		page.reload();
		assertThat(page.locator("#input-activities-0-current-volume")).hasValue("=clienten * 0,85");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "21-formule-in-activiteit");

		step(page, "Kengetallen");
		saveAndReload(page, "parameters-0-id", "deelnemers");
		assertThat(page.locator("#input-parameters-0-id")).hasValue("deelnemers");
		step(page, "Activiteiten en kostenposten");
		assertThat(page.locator("#input-activities-0-current-volume")).hasValue("=deelnemers * 0,85");
		assertThat(page.locator("#field-activities-0-current-volume .field-value")).hasText("Uitkomst: 340");
	}

	@Test
	void anInvalidFormulaShowsItsMessageBesideTheFieldAndNothingIsSaved() {
		Page page = fromTemplate("Druppelbril in thuiszorg en verpleeghuis");
		step(page, "Kengetallen");
		String before = page.locator("#input-targetGroups-0-population").inputValue();

		save(page, "targetGroups-0-population", "=1200 * (0,5");
		assertThat(page.locator("#field-targetGroups-0-population .field-error")).containsText("positie 13");
		assertThat(page.locator("#input-targetGroups-0-population")).hasValue("=1200 * (0,5");
		save(page, "targetGroups-0-reachRate", "=onbekend * 2");
		assertThat(page.locator("#field-targetGroups-0-reachRate .field-error")).containsText("onbekend");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "22-ongeldige-formule");

		page.reload();
		assertThat(page.locator("#input-targetGroups-0-population")).hasValue(before);
		assertThat(page.locator("#field-targetGroups-0-population .field-error")).hasCount(0);
	}

	@Test
	void aSharedSavingsArrangementAndAnImpactBondAreComparedPerParty() {
		Page page = fromTemplate("Druppelbril in thuiszorg en verpleeghuis");
		step(page, "Financieringsafspraken");
		assertThat(page.locator("#arrangements")).containsText("Nog geen afspraken");

		page.locator("#new-type").selectOption("SHARED_SAVINGS");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak toevoegen")).click();
		page.waitForURL("**/afspraken#arrangements");
		assertThat(page.locator("#arrangement-0 h3")).containsText("gedeelde besparing");
		saveAndReload(page, "arrangements-0-sharingRate", "40");
		assertThat(page.locator("#input-arrangements-0-sharingRate")).hasValue("40");

		page.locator("#new-type").selectOption("IMPACT_BOND");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak toevoegen")).click();
		page.waitForURL("**/afspraken#arrangements");
		assertThat(page.locator("#arrangement-1 h3")).containsText("impact bond");
		saveAndReload(page, "arrangements-1-returnRate", "6");

		Locator comparison = page.locator("#comparison table");
		assertThat(comparison.locator("thead th")).hasText(new String[] { "Partij", "Zonder afspraken",
				"Gedeelde besparing 1", "Impact bond 2" });
		assertThat(comparison.locator("tbody tr")).hasCount(5);
		assertThat(comparison.locator("tbody tr").last().locator("td").first())
				.hasText(comparison.locator("tbody tr").last().locator("td").nth(1).textContent());
		assertThat(page.locator("#chart-arrangements svg")).isVisible();
		assertThat(page.locator("#arrangement-0 table tbody tr").first()).containsText("€");
		assertThat(page.locator("#arrangement-1 .irr")).containsText("Rendement voor de investeerder");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "23-afspraken");
	}

	@Test
	void twoScenariosAreShownSideBySide() {
		Page page = fromTemplate("Druppelbril in thuiszorg en verpleeghuis");
		step(page, "Scenario's");
		for (int s = 0; s < 2; s++) {
			page.getByText("Scenario toevoegen").click();
			page.waitForURL("**/scenarios#scenarios");
			saveAndReload(page, "scenarios-" + s + "-name", s == 0 ? "Pessimistisch" : "Optimistisch");
			assertThat(page.locator("#scenario-" + s + " h3")).hasText(s == 0 ? "Pessimistisch" : "Optimistisch");
			page.getByLabel("Scenario", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(s));
			page.getByLabel("Wat verandert").selectOption("targetGroups.thuis.successRate");
			page.getByLabel("Nieuwe waarde").fill(s == 0 ? "40" : "90");
			page.getByText("Toevoegen aan scenario").click();
			page.waitForURL("**/scenarios#scenario-" + s);
			assertThat(page.locator("#scenario-" + s + " form.change input[name=value]").first())
					.hasValue(s == 0 ? "40" : "90");
		}
		Locator table = page.locator("#side-by-side table").first();
		assertThat(table.locator("thead th")).hasText(new String[] { "Partij", "Plan", "Pessimistisch",
				"Optimistisch" });
		String insurer = "Zorgverzekeraar Zuid";
		Locator row = table.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(insurer));
		assertThat(row.locator("td").nth(1)).not().hasText(row.locator("td").nth(2).textContent());
		assertThat(page.locator("#chart-scenarios svg")).isVisible();
		assertThat(page.locator("#side-by-side table").nth(1).locator("caption")).containsText("na verrekening");

		page.getByLabel("Nieuwe waarde").fill("veel");
		page.getByText("Toevoegen aan scenario").click();
		assertThat(page.locator("#change-error")).containsText("getal");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "24-scenarios");
	}

	private Page fromTemplate(String template) {
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(template)).check();
		page.getByText("Casus maken").click();
		page.waitForURL("**/gesprek");
		return page;
	}

	/** Types a value into a field and leaves it, as a person does; the field saves itself. */
	private static void save(Page page, String field, String value) {
		Locator input = page.locator("#input-" + field);
		input.fill(value);
		input.press("Tab");
	}

	/**
	 * Saves a field whose change shows the page anew (a renamed key figure, a term of an arrangement, a
	 * scenario), and waits for the page to be shown again.
	 */
	@SuppressWarnings("deprecation")
	private static void saveAndReload(Page page, String field, String value) {
		page.waitForNavigation(() -> save(page, field, value));
	}

	private static void step(Page page, String name) {
		page.locator("nav.steps").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
		page.waitForLoadState();
		assertThat(page.locator("h1")).hasText(name);
	}
}
