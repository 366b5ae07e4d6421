package nl.ontschot.app.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.cases.BrowserSession;
import nl.ontschot.app.instrument.internal.Charts;

/**
 * Every page and fragment of the instrument over HTTP with a browser's session, in Dutch and English:
 * what it shows, what a saved or refused edit answers, and what a viewer may not do.
 */
class PagesTest extends ApiTestBase {

	/** A person in a browser on this test's server. */
	final class Session extends BrowserSession {

		Session(String username, String password, String language) {
			super(port, username, password, language);
		}
	}

	private User owner;
	private Session browser;
	private String caseUrl;

	@BeforeEach
	void aCaseFromATemplate() {
		owner = newUser("pagina", "Thuiszorg Noord");
		browser = new Session(owner.username(), PASSWORD, "nl-NL");
		caseUrl = browser.createCase("druppelbril");
	}

	@ParameterizedTest
	@CsvSource({
			"gesprek, Het goede gesprek, The conversation, Wat is precies het knelpunt?",
			"partijen, Partijen, Parties, Thuiszorg Noord",
			"kengetallen, Kengetallen, Key figures, Slagingspercentage",
			"activiteiten, Activiteiten en kostenposten, Activities and cost items, Hulp bij oogdruppelen thuis",
			"overview, Overzicht, Overview, Vrijgekomen capaciteit (fte)",
			"diagrammen, Diagrammen, Charts, Geldstromen van financier naar zorgaanbieder",
			"verdeling, Verdeling en afspraken, Settlement and agreements, Geen groep partijen",
			"afspraken, Financieringsafspraken, Financing arrangements, Nog geen afspraken",
			"scenarios, Scenario's, Scenarios, Nog geen scenario",
			"realisatie, Realisatie, Realisation, Nog geen gerealiseerde cijfers" })
	void everyStepShowsInDutchAndEnglish(String step, String dutch, String english, String dutchContent) {
		HttpResponse<String> nl = browser.get(caseUrl + "/" + step);
		Session englishBrowser = new Session(owner.username(), PASSWORD, "en");
		HttpResponse<String> en = englishBrowser.get(caseUrl + "/" + step);

		assertThat(nl.statusCode()).isEqualTo(200);
		assertThat(nl.body()).contains("<title>" + dutch.replace("'", "&#39;") + " - Druppelbril", "<h1>" + dutch.replace("'", "&#39;") + "</h1>",
				"aria-current=\"page\"", "lang=\"nl\"");
		if (!step.equals("verdeling")) {
			assertThat(nl.body()).contains(dutchContent);
		}
		assertThat(en.statusCode()).isEqualTo(200);
		assertThat(en.body()).contains("<h1>" + english + "</h1>", "lang=\"en\"");
	}

	@Test
	void theOverviewShowsEachPartyPerFinancingDomain() {
		assertThat(browser.get(caseUrl + "/overview").body()).contains("Netto effect per financieringsdomein",
				"<th scope=\"row\">Zvw</th>", "<th scope=\"row\">zonder domein</th>",
				"€ -903.378");
		assertThat(browser.get("/css/ontschot.css").body()).contains("@page { size: A4", "@media print");
	}

	@Test
	void theSettlementPageExplainsTheCoreCheck() {
		assertThat(browser.get(caseUrl + "/verdeling").body()).contains(
				"Deze groep partijen zou zonder de anderen beter af zijn: Thuiszorg Noord, Zorgverzekeraar Zuid, "
						+ "VVT-instelling De Linde.",
				"Zorgverzekeraar Zuid betaalt Thuiszorg Noord € 903.378,00", "Shapley-verdeling",
				"Of spreek af dat deze groep samen ten minste")
				.containsPattern("Kies een andere methode; stabiel voor deze casus: |Geen van de andere methoden is stabiel");
	}

	@Test
	void aSavedFieldAnswersWithTheFieldAndTheRecalculatedResult() {
		browser.get(caseUrl + "/kengetallen");

		HttpResponse<String> saved = browser.post(caseUrl + "/field",
				Map.of("path", "targetGroups[0].successRate", "value", "50", "original", "0.7"));

		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("id=\"field-targetGroups-0-successRate\"", "value=\"50\"", "Opgeslagen",
				"hx-post=\"" + caseUrl + "/field\"",
				"id=\"summary\"", "hx-swap-oob=\"true\"", "€ -667.770");
		assertThat(owner.api().get("/api/v1" + caseUrl).json().get("targetGroups").get(0).get("successRate").asDouble())
				.isEqualTo(0.5);
	}

	@Test
	void aRefusedFieldKeepsWhatWasTypedAndSaysWhy() {
		browser.get(caseUrl + "/kengetallen");

		HttpResponse<String> notANumber = browser.post(caseUrl + "/field",
				Map.of("path", "horizonYears", "value", "drie", "original", "3"));
		HttpResponse<String> outOfRange = browser.post(caseUrl + "/field",
				Map.of("path", "horizonYears", "value", "60", "original", "3"));
		HttpResponse<String> stale = browser.post(caseUrl + "/field",
				Map.of("path", "horizonYears", "value", "4", "original", "5"));

		assertThat(notANumber.body()).contains("value=\"drie\"", "Vul een getal in", "aria-invalid=\"true\"",
				"hx-post=\"" + caseUrl + "/field\"").doesNotContain("id=\"summary\"");
		assertThat(outOfRange.body()).contains("value=\"60\"", "moet tussen 1 en 50 liggen");
		assertThat(stale.body()).contains("Iemand anders heeft dit intussen gewijzigd");
		assertThat(owner.api().get("/api/v1" + caseUrl).json().get("horizonYears").asInt()).isEqualTo(3);
	}

	@Test
	void dutchNumbersAreUnderstood() {
		browser.get(caseUrl + "/kengetallen");

		browser.post(caseUrl + "/field", Map.of("path", "targetGroups[0].population", "value", "1.250,5",
				"original", "150"));

		assertThat(owner.api().get("/api/v1" + caseUrl).json().get("targetGroups").get(0).get("population").asDouble())
				.isEqualTo(1250.5);
	}

	@Test
	void answersInTheConversationArePartOfTheCaseAndItsAuditTrail() {
		browser.get(caseUrl + "/gesprek");

		browser.post(caseUrl + "/gesprek", Map.of("question", "knelpunt.wat", "party", "thuiszorg", "text",
				"Cliënten wachten op hulp bij oogdruppelen."));

		assertThat(browser.get(caseUrl + "/gesprek").body()).contains("Cliënten wachten op hulp bij oogdruppelen.");
		Api.Response document = owner.api().get("/api/v1" + caseUrl);
		var answers = document.json().get("conversation").get("knelpunt.wat");
		assertThat(answers.get(answers.size() - 1).get("party").asString()).isEqualTo("thuiszorg");
		assertThat(owner.api().get("/api/v1" + caseUrl + "/audit").json().findValuesAsString("path"))
				.contains("conversation.knelpunt.wat[2]");
	}

	@Test
	void aViewerSeesButCannotChange() {
		User viewer = newUser("lezer", "Zorgkantoor Regio");
		owner.api().put("/api/v1" + caseUrl + "/members/" + viewer.username(), "{\"role\": \"VIEWER\"}");
		Session viewing = new Session(viewer.username(), PASSWORD, "nl-NL");

		String page = viewing.get(caseUrl + "/kengetallen").body();
		HttpResponse<String> attempt = viewing.post(caseUrl + "/field",
				Map.of("path", "horizonYears", "value", "4", "original", "3"));

		assertThat(page).contains("<fieldset class=\"card\" disabled=\"disabled\">").doesNotContain("Doelgroep toevoegen");
		assertThat(attempt.body()).contains("U mag deze casus alleen bekijken.");
		assertThat(owner.api().get("/api/v1" + caseUrl).json().get("horizonYears").asInt()).isEqualTo(3);
	}

	@Test
	void linesAreAddedAndRemoved() {
		browser.get(caseUrl + "/activiteiten");

		assertThat(browser.post(caseUrl + "/lines/items", Map.of()).statusCode()).isEqualTo(302);
		assertThat(owner.api().get("/api/v1" + caseUrl).json().get("items").size()).isEqualTo(5);
		browser.get(caseUrl + "/activiteiten");
		assertThat(browser.post(caseUrl + "/lines/items/post-5/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(owner.api().get("/api/v1" + caseUrl).json().get("items").size()).isEqualTo(4);
	}

	@Test
	void allocationKeysAreEditedWithTheirWeights() {
		User weights = newUser("sleutel", "Gemeenten Oost");
		Session session = new Session(weights.username(), PASSWORD, "nl-NL");
		String url = session.createCase("samen-indiceren");

		String page = session.get(url + "/activiteiten").body();
		HttpResponse<String> saved = session.post(url + "/field",
				Map.of("path", "allocationKeys[0].weights.gemeente", "value", "1.800", "original", "900"));

		assertThat(page).contains("Gewicht van Gemeenten Oost", "naar gewicht");
		assertThat(saved.body()).contains("Opgeslagen");
		assertThat(weights.api().get("/api/v1" + url).json().get("allocationKeys").get(0).get("weights")
				.get("gemeente").asInt()).isEqualTo(1800);
	}

	@Test
	void aKeySwitchedToWeightsStartsEveryPartyAtOne() {
		browser.get(caseUrl + "/activiteiten");

		HttpResponse<String> saved = browser.post(caseUrl + "/field",
				Map.of("path", "allocationKeys[0].method", "value", "WEIGHTS", "original", "\"EQUAL\""));
		HttpResponse<String> back = browser.post(caseUrl + "/field",
				Map.of("path", "allocationKeys[0].method", "value", "EQUAL", "original", "\"WEIGHTS\""));

		assertThat(saved.body()).contains("Opgeslagen");
		assertThat(saved.headers().firstValue("HX-Refresh")).contains("true");
		assertThat(back.body()).contains("Opgeslagen");
		var versions = owner.api().get("/api/v1" + caseUrl + "/versions").json();
		var weighted = owner.api().get("/api/v1" + caseUrl + "/versions/" + versions.get(1).get("version").asInt())
				.json().get("allocationKeys").get(0);
		assertThat(weighted.get("weights").propertyNames()).containsExactly("thuiszorg", "verzekeraar",
				"verpleeghuis", "zorgkantoor");
		assertThat(owner.api().get("/api/v1" + caseUrl).json().get("allocationKeys").get(0).has("weights")).isFalse();
	}

	@Test
	void aLongListShowsItsLinesClosedAndFetchesAFieldsWhenOpened() {
		String location = owner.api().post("/api/v1/cases", nl.ontschot.engine.SharedFiles
				.read("bench/large-25-parties.json")).header("Location").orElseThrow();
		String url = location.replace("/api/v1", "");

		HttpResponse<String> page = browser.get(url + "/activiteiten");
		HttpResponse<String> line = browser.get(url + "/lines/activities/7");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().length()).isLessThan(1_000_000);
		assertThat(page.body()).contains("<details", "hx-trigger=\"toggle once\"",
				"hx-get=\"" + url + "/lines/activities/7\"");
		assertThat(line.statusCode()).isEqualTo(200);
		assertThat(line.body()).contains("id=\"input-activities-7-current-unitCost\"", "hx-post=\"" + url + "/field\"",
				"Deze activiteit verwijderen").doesNotContain("id=\"input-activities-7-current-volume\"");
		assertThat(page.body()).doesNotContain("Deze activiteit verwijderen");
	}

	@Test
	void removingAPartyThatIsStillUsedIsRefusedWithTheReason() {
		browser.get(caseUrl + "/partijen");

		HttpResponse<String> refused = browser.post(caseUrl + "/lines/parties/thuiszorg/delete", Map.of());

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("<h1>Partijen</h1>", "id=\"refusal-thuiszorg\"",
				"Kan niet weg, want nog in gebruik bij: ", "activiteit Hulp bij oogdruppelen thuis, Zorgaanbieder")
				.doesNotContain("activities[0]");
		assertThat(owner.api().get("/api/v1" + caseUrl).json().get("parties").size()).isEqualTo(4);
	}

	/** The 25-party case of the bench, stored for the owner; its page address (/cases/ID). */
	private String largeCase() {
		String location = owner.api().post("/api/v1/cases", nl.ontschot.engine.SharedFiles
				.read("bench/large-25-parties.json")).header("Location").orElseThrow();
		return location.replace("/api/v1", "");
	}

	@Test
	void partiesOfALargeCaseAreNamedAndItsMembersManaged() {
		String url = largeCase();
		User member = newUser("lid", "Partij 17 BV");

		HttpResponse<String> page = browser.get(url + "/partijen");
		HttpResponse<String> added = browser.post(url + "/members",
				Map.of("account", member.username(), "role", "EDITOR", "party", "p17"));

		assertThat(page.statusCode()).isEqualTo(200);
		for (int i = 0; i < 25; i++) {
			assertThat(page.body()).contains(String.format("<option value=\"p%02d\">Partij %d</option>", i, i));
		}
		assertThat(page.body()).contains("<table class=\"grid\">", "id=\"input-parties-24-name\"",
				"<label class=\"visually-hidden\" for=\"input-parties-24-type\">partij Partij 24, Soort organisatie</label>",
				"<select multiple size=\"3\" id=\"input-parties-24-domains\"").doesNotContain("<option value=\"ZVW\" selected");
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(browser.get(url + "/partijen").body()).contains(member.username() + ")</span>",
				"<td>Partij 17</td>");
	}

	@Test
	void percentagesStayPercentagesAndLimitsAreReadable() {
		browser.get(caseUrl + "/kengetallen");

		HttpResponse<String> rate = browser.post(caseUrl + "/field",
				Map.of("path", "targetGroups[0].successRate", "value", "150", "original", "0.7"));
		HttpResponse<String> population = browser.post(caseUrl + "/field",
				Map.of("path", "targetGroups[0].population", "value", "2000000000", "original", "150"));

		assertThat(rate.body()).contains("value=\"150\"", "moet tussen 0 % en 100 % liggen")
				.doesNotContain("tussen 0 en 1");
		assertThat(population.body()).contains("moet tussen 0 en 1.000.000.000 liggen");
	}

	@Test
	void itemYearsAreCalendarYears() {
		var items = owner.api().get("/api/v1" + caseUrl).json().get("items");
		int incidental = 0;
		while (!items.get(incidental).path("recurrence").asString().equals("INCIDENTAL")) {
			incidental++;
		}
		String path = "items[" + incidental + "].year";
		String original = items.get(incidental).path("year").isMissingNode() ? ""
				: items.get(incidental).get("year").toString();
		browser.get(caseUrl + "/activiteiten");

		HttpResponse<String> saved = browser.post(caseUrl + "/field",
				Map.of("path", path, "value", "2027", "original", original));
		HttpResponse<String> outside = browser.post(caseUrl + "/field",
				Map.of("path", path, "value", "2040", "original", "1"));

		assertThat(saved.body()).contains("In jaar", "value=\"2027\"", "Opgeslagen");
		assertThat(owner.api().get("/api/v1" + caseUrl).json().get("items").get(incidental).get("year").asInt())
				.isEqualTo(1);
		assertThat(outside.body()).contains("moet tussen 2026 en 2028 liggen");
		assertThat(browser.get(caseUrl + "/lines/items/0").body())
				.containsPattern("id=\"input-items-0-toYear\"[^>]*value=\"\"[^>]*placeholder=\"2028\"");
	}

	@Test
	void entryExplainsAndShowsWhatTheCalculationDerives() {
		HttpResponse<String> keyFigures = browser.get(caseUrl + "/kengetallen");
		String activity = browser.get(caseUrl + "/lines/activities/0").body();
		String parties = browser.get(caseUrl + "/partijen").body();
		HttpResponse<String> saved = browser.post(caseUrl + "/field",
				Map.of("path", "targetGroups[0].successRate", "value", "50", "original", "0.7"));

		assertThat(keyFigures.body()).contains("Deelnemers (P)", "Geslaagden (S)", "id=\"derived\"");
		assertThat(activity).contains("id=\"help-activities-0-capacityRelease\"",
				"aria-describedby=\"help-activities-0-capacityRelease\"", "De rest blijft vrijgekomen tijd",
				"hx-confirm=\"Deze activiteit verwijderen (Hulp bij oogdruppelen thuis)?\"");
		assertThat(parties).contains("hx-confirm=\"Deze partij verwijderen (Thuiszorg Noord)?\"");
		assertThat(saved.body()).contains("id=\"derived\"", "hx-swap-oob=\"true\"");
	}

	@Test
	void aNewCaseStartsWithTheConversationUnderAUniqueName() {
		browser.get("/cases");
		HttpResponse<String> first = browser.post("/cases", Map.of("template", "druppelbril"));

		assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/gesprek");
		String conversation = browser.get(first.headers().firstValue("Location").orElseThrow()
				.replaceAll("^https?://[^/]+", "")).body();
		assertThat(conversation).doesNotContain("Nog geen antwoorden.").contains("Thuiszorg Noord");
		assertThat(browser.get("/cases").body()).contains(">Druppelbril in thuiszorg en verpleeghuis</a>",
				">Druppelbril in thuiszorg en verpleeghuis (2)</a>");
	}

	@Test
	void theOverviewStartsWithAMatrixAndShowsEqualYearsEqually() {
		String location = owner.api().post("/api/v1/cases", """
				{"schemaVersion": 1, "name": "Gelijke jaren", "startYear": 2026, "horizonYears": 3,
				 "parties": [{"id": "a", "name": "Gemeente A", "type": "MUNICIPALITY"},
				             {"id": "b", "name": "Zorgverzekeraar B", "type": "HEALTH_INSURER"}],
				 "items": [{"id": "k", "name": "Coach", "type": "COST", "recurrence": "STRUCTURAL", "amount": 100.5,
				            "party": "a", "domain": "WMO"},
				           {"id": "v", "name": "Minder opnames", "type": "BENEFIT", "recurrence": "STRUCTURAL",
				            "amount": 250.5, "party": "b", "followsEffect": false, "domain": "ZVW"}]}
				""").header("Location").orElseThrow();

		String page = browser.get(location.replace("/api/v1", "") + "/overview").body();

		assertThat(page).contains("Niet terugverdiend binnen de looptijd", "Terugverdiend vanaf 2026");
		assertThat(page.indexOf("In een oogopslag")).isPositive().isLessThan(page.indexOf("Alle partijen samen"));
		assertThat(page).contains("Per partij, over de hele looptijd (contante waarde)", "<th scope=\"col\" class=\"num\">Wmo</th>",
				"<th scope=\"col\" class=\"num\">Na verrekening</th>");
		String costs = page.substring(page.indexOf("Structurele kosten"));
		assertThat(costs.substring(0, costs.indexOf("</tr>"))).contains(
				">€ 101</td>\n          <td class=\"num\">€ 101</td>\n          <td class=\"num\">€ 101</td>", "€ 303");
	}

	@Test
	void warningsSpeakPlainDutchWithTheLinesName() {
		String url = browser.createCase("wijkaanpak");

		String page = browser.get(url + "/overview").body();

		assertThat(page).contains(
				"Kostenpost Ruimte in het wijkcentrum telt niet mee: huisvesting staat uit bij Wat rekenen we als kostenpost")
				.doesNotContain("items.huisvesting", "HOUSING", "includedCategories");
	}

	@Test
	void theSettlementShowsTheChosenMethodFirstAndSaysWhatAndWhenIsPaid() {
		String page = browser.get(caseUrl + "/verdeling").body();
		String head = page.substring(page.indexOf("<thead>"), page.indexOf("</thead>"));

		assertThat(head.indexOf("Shapley-verdeling")).isLessThan(head.indexOf("geen verrekening"));
		assertThat(page).doesNotContain("id=\"summary\"").contains(
				"Bedragen in contante waarde (PV): de waarde in 2026", "uiterlijk 31-12-2028")
				.doesNotContain("Verrekening per jaar");
		assertThat(browser.get("/css/ontschot.css").body()).contains(".card, .table-scroll { overflow: visible");

		HttpResponse<String> perYear = browser.post(caseUrl + "/field",
				Map.of("path", "settlement.perYear", "value", "true", "original", ""));

		assertThat(perYear.headers().firstValue("HX-Refresh")).contains("true");
		assertThat(browser.get(caseUrl + "/verdeling").body()).contains("Verrekening per jaar",
				"<th scope=\"col\" class=\"num\">31-12-2026</th>", "Per jaar verrekend");
	}

	@Test
	void theKeyOfADivisionByKeyIsChosenOnTheSettlementPage() {
		String url = browser.createCase("samen-indiceren");

		String page = browser.get(url + "/verdeling").body();
		HttpResponse<String> equal = browser.post(url + "/field",
				Map.of("path", "settlement.key", "value", "", "original", "\"clienten\""));

		assertThat(page).contains("id=\"input-settlement-key\"", "<option value=\"clienten\" selected=\"selected\">Naar aantal cliënten</option>",
				"gelijke delen over alle partijen");
		assertThat(equal.body()).contains("Opgeslagen");
		assertThat(owner.api().get("/api/v1" + url).json().get("settlement").has("key")).isFalse();
	}

	@Test
	void activitiesAndItemsAreACompactTableSearchedAndFilteredOnTheServer() {
		String url = largeCase();
		browser.get(url + "/activiteiten");

		String all = browser.get(url + "/activiteiten").body();
		String filtered = browser.get(url + "/activiteiten?party=p03&q=1").body();
		String second = browser.get(url + "/activiteiten?itemsFrom=25").body();
		HttpResponse<String> cell = browser.post(url + "/cell", Map.of("path", "activities[0].future.volume",
				"value", "2", "original", owner.api().get("/api/v1" + url).json().get("activities").get(0)
						.get("future").get("volume").toString()));

		assertThat(all).contains("<table class=\"grid\">", "Regel 1 tot en met 25 van 400.", "Regel 1 tot en met 25 van 600.",
				"id=\"input-activities-0-provider\"", "hx-post=\"" + url + "/cell\"", "role=\"search\"",
				"href=\"" + url + "/activiteiten?itemsFrom=25#items\"");
		assertThat(filtered).containsPattern("van de \\d+ gevonden regels \\(van 400\\)")
				.containsPattern("van de \\d+ gevonden regels \\(van 600\\)");
		assertThat(second).contains("Regel 26 tot en met 50 van 600.", "id=\"input-items-25-name\"")
				.doesNotContain("id=\"input-items-24-name\"");
		assertThat(cell.body()).contains("class=\"field cell\"", "Opgeslagen", "id=\"summary\"")
				.doesNotContain("<label for=");
		HttpResponse<String> refused = browser.post(url + "/cell", Map.of("path", "activities[0].future.volume",
				"value", "veel", "original", "2"));
		assertThat(refused.body()).contains("class=\"field cell invalid\"", "Vul een getal in", "value=\"veel\"")
				.doesNotContain("id=\"summary\"");
	}

	@Test
	void everyPageOfTheLargeCaseStaysUnderOneMegabyte() {
		String url = largeCase();
		for (String step : StepPages.STEPS) {
			long start = System.nanoTime();
			HttpResponse<String> page = browser.get(url + "/" + step);
			long millis = (System.nanoTime() - start) / 1_000_000;
			int bytes = page.body().getBytes(StandardCharsets.UTF_8).length;
			// reported, not asserted: timings depend on the machine
			System.out.printf("large case %-13s %4d ms %,9d bytes%n", step, millis, bytes);
			assertThat(page.statusCode()).as(step).isEqualTo(200);
			assertThat(bytes).as(step).isLessThan(1_000_000);
		}
	}

	@Test
	void aFormulaIsStoredWithPointsShownWithCommasAndItsValueShownPerYear() {
		browser.get(caseUrl + "/kengetallen");

		HttpResponse<String> constant = browser.post(caseUrl + "/field", Map.of("path", "targetGroups[0].population",
				"value", "=1.000 * 0,15", "original", "150"));
		HttpResponse<String> perYear = browser.post(caseUrl + "/field", Map.of("path", "targetGroups[0].successRate",
				"value", "=min(0,5 + 0,1 * t; 0,65)", "original", "0.7"));

		assertThat(constant.body()).contains("Opgeslagen", "value=\"=1000 * 0,15\"", "Uitkomst: 150");
		assertThat(perYear.body()).contains("Opgeslagen", "value=\"=min(0,5 + 0,1 * t; 0,65)\"",
				"Uitkomst per jaar: 2026: 50 % · 2027: 60 % · 2028: 65 %");
		var stored = owner.api().get("/api/v1" + caseUrl).json();
		assertThat(stored.get("schemaVersion").asInt()).as("a formula moves the case to version 2").isEqualTo(2);
		assertThat(stored.get("targetGroups").get(0).get("population").asString()).isEqualTo("=1000 * 0.15");
		assertThat(stored.get("targetGroups").get(0).get("successRate").asString())
				.isEqualTo("=min(0.5 + 0.1 * t, 0.65)");
	}

	@Test
	void anInvalidFormulaIsRefusedBesideItsFieldWithItsPlace() {
		browser.get(caseUrl + "/kengetallen");

		HttpResponse<String> syntax = browser.post(caseUrl + "/field", Map.of("path", "targetGroups[0].population",
				"value", "=150 *", "original", "150"));
		HttpResponse<String> range = browser.post(caseUrl + "/field", Map.of("path", "targetGroups[0].reachRate",
				"value", "=0,9 + 0,1 * t", "original", "0.8"));

		assertThat(syntax.body()).contains("field invalid", "value=\"=150 *\"", "positie 7")
				.doesNotContain("id=\"summary\"");
		assertThat(range.body()).contains("field invalid", "komt in 2028 uit op 110 %; mag hoogstens 100 % zijn");
		var stored = owner.api().get("/api/v1" + caseUrl).json();
		assertThat(stored.get("targetGroups").get(0).get("population").asInt()).isEqualTo(150);
		assertThat(stored.get("schemaVersion").asInt()).isEqualTo(1);
	}

	@Test
	void aKeyFigureIsAddedRenamedAndItsFormulasFollow() {
		browser.post(caseUrl + "/lines/parameters", Map.of());
		browser.post(caseUrl + "/field", Map.of("path", "parameters[0].value", "value", "200", "original", "0"));
		browser.post(caseUrl + "/field", Map.of("path", "targetGroups[0].population", "value", "=kengetal_1 * 0,75",
				"original", "150"));

		HttpResponse<String> renamed = browser.post(caseUrl + "/cell", Map.of("path", "parameters[0].id",
				"value", "clienten", "original", "\"kengetal_1\""));
		HttpResponse<String> badName = browser.post(caseUrl + "/cell", Map.of("path", "parameters[0].id",
				"value", "t", "original", "\"clienten\""));

		assertThat(renamed.headers().firstValue("HX-Refresh")).contains("true");
		assertThat(badName.body()).contains("field cell invalid", "value=\"t\"");
		var stored = owner.api().get("/api/v1" + caseUrl).json();
		assertThat(stored.get("parameters").get(0).get("id").asString()).isEqualTo("clienten");
		assertThat(stored.get("targetGroups").get(0).get("population").asString()).isEqualTo("=clienten * 0.75");
		assertThat(browser.get(caseUrl + "/kengetallen").body()).contains("Kengetallen", "Naam in formules",
				"value=\"clienten\"", "Uitkomst: 150");
	}

	@Test
	void anArrangementThatCannotHoldOnTheCaseIsNotAddedAndSaysWhy() {
		User empty = newUser("leeg", "Gemeente");
		Session session = new Session(empty.username(), PASSWORD, "nl-NL");
		session.get("/cases");
		String created = session.post("/cases", Map.of("name", "Leeg")).headers().firstValue("Location").orElseThrow();
		String url = created.substring(created.indexOf("/cases/"), created.lastIndexOf('/'));

		HttpResponse<String> refused = session.post(url + "/afspraken", Map.of("type", "IMPACT_BOND"));
		String page = session.get(url + "/afspraken").body();

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(page).contains("Een impact bond kan nog niet:", "Nog geen afspraken");
		assertThat(empty.api().get("/api/v1" + url).json().has("arrangements")).isFalse();
	}

	@Test
	void aScenarioValueIsTypedAsItsFieldAndCheckedAgainstItsRange() {
		browser.post(caseUrl + "/lines/scenarios", Map.of());

		browser.post(caseUrl + "/scenarios/set", Map.of("index", "0", "target", "targetGroups.thuis.successRate",
				"value", "45"));
		HttpResponse<String> outOfRange = browser.post(caseUrl + "/scenarios/set", Map.of("index", "0",
				"target", "targetGroups.thuis.reachRate", "value", "120"));
		String page = browser.get(caseUrl + "/scenarios").body();

		assertThat(outOfRange.statusCode()).isEqualTo(302);
		assertThat(page).contains("Slagingspercentage", "value=\"45\"", "moet tussen 0 % en 100 % liggen", "value=\"120\"",
				"<th scope=\"col\" class=\"num\">Scenario 1</th>");
		var set = owner.api().get("/api/v1" + caseUrl).json().get("scenarios").get(0).get("set");
		assertThat(set.get("targetGroups.thuis.successRate").asDouble()).isEqualTo(0.45);
		assertThat(set.has("targetGroups.thuis.reachRate")).isFalse();
	}

	@Test
	void aWeightOfAPartyWhoseIdHasADotIsEdited() {
		Api.Response read = owner.api().get("/api/v1" + caseUrl);
		String document = read.body().replace("\"verzekeraar\"", "\"zv.zuid\"");
		var tree = (tools.jackson.databind.node.ObjectNode) nl.ontschot.engine.json.CaseJson.parse(document);
		var key = (tools.jackson.databind.node.ObjectNode) tree.get("allocationKeys").get(0);
		key.put("method", "WEIGHTS");
		key.putObject("weights").put("thuiszorg", 1).put("zv.zuid", 1).put("verpleeghuis", 1).put("zorgkantoor", 1);
		Api.Response put = owner.api().header("If-Match", read.header("ETag").orElseThrow())
				.put("/api/v1" + caseUrl, tree.toString());
		assertThat(put.status()).isEqualTo(200);

		HttpResponse<String> saved = browser.post(caseUrl + "/field", Map.of("path", "allocationKeys[0].weights.zv.zuid",
				"value", "3", "original", "1"));

		assertThat(saved.body()).contains("Opgeslagen", "Gewicht van Zorgverzekeraar Zuid");
		assertThat(owner.api().get("/api/v1" + caseUrl).json().get("allocationKeys").get(0).get("weights")
				.get("zv.zuid").asInt()).isEqualTo(3);
	}

	@Test
	void partiesThatPayTogetherAreChosenWithTheirShares() {
		User pot = newUser("pot", "Gemeente Oosterwold");
		Session session = new Session(pot.username(), PASSWORD, "nl-NL");
		String url = session.createCase("ontschotte-pot");

		String page = session.get(url + "/activiteiten").body();
		HttpResponse<String> together = session.post(url + "/cell", Map.of("path", "activities[0].financier",
				"value", "*", "original", "\"verzekeraar\""));
		HttpResponse<String> other = session.post(url + "/cell", Map.of("path", "activities[0].financier",
				"value", "gemeente", "original", "[{\"party\":\"verzekeraar\",\"share\":1}]"));

		assertThat(page).contains("meerdere partijen samen", "id=\"input-activities-2-financier\"", "multiple");
		assertThat(together.body()).contains("Opgeslagen");
		assertThat(together.headers().firstValue("HX-Refresh")).contains("true");
		assertThat(other.body()).contains("Opgeslagen");
		var financier = pot.api().get("/api/v1" + url).json().get("activities").get(0).get("financier");
		assertThat(financier.isArray()).isTrue();
		assertThat(financier.get(0).get("party").asString()).isEqualTo("gemeente");
		assertThat(session.get(url + "/lines/activities/2").body()).contains("Aandeel van Gemeente Oosterwold",
				"value=\"0,6\"", "Aandeel van Zorgkantoor Oost");
	}

	@Test
	void anEditorBoundToOnePartyCannotSwitchOnArrangementsNorChangeWhatConcernsEveryParty() {
		String document = nl.ontschot.engine.SharedFiles.read("cases/druppelbril.json").replaceFirst("\\{",
				"{\"arrangements\": [{\"id\": \"slapend\", \"type\": \"OUTCOME_PAYMENT\", \"payer\": \"verzekeraar\", "
						+ "\"recipients\": [{\"party\": \"thuiszorg\", \"share\": 1}], \"amount\": 500000, \"per\": \"YEAR\"}],");
		String api = owner.api().post("/api/v1/cases", document).header("Location").orElseThrow();
		User bound = newUser("gebonden", "Thuiszorg Noord");
		owner.api().put(api + "/members/" + bound.username(), "{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}");
		Session session = new Session(bound.username(), PASSWORD, "nl-NL");
		String url = api.replace("/api/v1", "");

		String arrangements = session.get(url + "/afspraken").body();
		HttpResponse<String> formula = session.post(url + "/field", Map.of("path", "activities[0].current.volume",
				"value", "=60,8", "original", "60.8"));
		HttpResponse<String> add = session.post(url + "/afspraken", Map.of("type", "SHARED_SAVINGS"));
		HttpResponse<String> scenario = session.post(url + "/scenarios/set", Map.of("index", "0",
				"target", "discountRate", "value", "3"));
		HttpResponse<String> crafted = session.post(url + "/field", Map.of("path", "parameters[99999999999].id",
				"value", "x"));

		assertThat(arrangements).contains("nog in versie 1 van het formaat").doesNotContain("Afspraak toevoegen")
				.doesNotContain("Deze afspraak verwijderen");
		assertThat(session.get(url + "/kengetallen").body()).contains("<fieldset class=\"card\" disabled=\"disabled\">")
				.doesNotContain("Doelgroep toevoegen").doesNotContain("Kengetal toevoegen");
		assertThat(session.get(url + "/verdeling").body()).doesNotContain("Deze methode vastleggen");
		assertThat(session.get(url + "/activiteiten").body()).doesNotContain("Verdeelsleutel toevoegen");
		assertThat(formula.body()).contains("field invalid", "Een formule maakt van deze casus versie 2");
		HttpResponse<String> number = session.post(url + "/field", Map.of("path", "activities[0].current.volume",
				"value", "61", "original", "60.8"));
		assertThat(number.body()).as("a plain number of its own stays the party's to change").contains("Opgeslagen");
		browserOfOwner(url).post(url + "/field", Map.of("path", "description", "value", "Alleen tekst",
				"original", owner.api().get(api).json().get("description").toString()));
		assertThat(add.statusCode()).isEqualTo(302);
		assertThat(session.get(url + "/afspraken").body()).contains("U werkt namens Thuiszorg Noord");
		assertThat(scenario.statusCode()).isEqualTo(302);
		assertThat(session.get(url + "/scenarios").body()).contains("Iemand anders heeft dit intussen gewijzigd");
		assertThat(crafted.statusCode()).isEqualTo(400);
		var stored = owner.api().get(api).json();
		assertThat(stored.get("schemaVersion").asInt()).as("no edit switches on what version 1 ignores").isEqualTo(1);
		assertThat(stored.get("description").asString()).isEqualTo("Alleen tekst");
		assertThat(stored.get("activities").get(0).get("current").get("volume").asInt()).isEqualTo(61);
		assertThat(stored.get("arrangements")).hasSize(1);
		assertThat(stored.has("scenarios")).isFalse();
	}

	/** The owner's browser, on the case's pages (its token comes with the first page). */
	private Session browserOfOwner(String url) {
		browser.get(url + "/kengetallen");
		return browser;
	}

	@Test
	void aSecondTargetGroupLeavesTheLinesWithTheGroupTheyCountedWith() {
		User one = newUser("eengroep", "Gemeente Oosterwold");
		Session session = new Session(one.username(), PASSWORD, "nl-NL");
		String url = session.createCase("ontschotte-pot");
		var before = one.api().get("/api/v1" + url).json();
		double pvBefore = one.api().get("/api/v1" + url + "/result").json().get("pv").get("net").asDouble();

		HttpResponse<String> added = session.post(url + "/lines/targetGroups", Map.of());

		assertThat(added.statusCode()).isEqualTo(302);
		var after = one.api().get("/api/v1" + url).json();
		assertThat(after.get("targetGroups")).hasSize(before.get("targetGroups").size() + 1);
		String group = before.get("targetGroups").get(0).get("id").asString();
		after.get("activities").valueStream().filter(a -> !a.path("basis").asString("PER_SUCCESS").equals("TOTAL"))
				.forEach(a -> assertThat(a.get("group").asString()).isEqualTo(group));
		assertThat(one.api().get("/api/v1" + url + "/result").json().get("pv").get("net").asDouble())
				.isCloseTo(pvBefore, org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void uncertainValuesAreTypedAsTheirFieldAndRefusedInWords() {
		browser.get(caseUrl + "/onzekerheid");

		browser.post(caseUrl + "/onzekerheid/inputs", Map.of("target", "targetGroups.thuis.successRate",
				"distribution", "TRIANGULAR", "min", "50", "mode", "60", "max", "70"));
		HttpResponse<String> reversed = browser.post(caseUrl + "/onzekerheid/inputs", Map.of("target",
				"targetGroups.thuis.reachRate", "distribution", "UNIFORM", "min", "90", "max", "120"));
		HttpResponse<String> badIndex = browser.post(caseUrl + "/onzekerheid/inputs/7/delete", Map.of());
		String page = browser.get(caseUrl + "/onzekerheid").body();

		var stored = owner.api().get("/api/v1" + caseUrl).json();
		assertThat(stored.get("schemaVersion").asInt()).isEqualTo(2);
		var input = stored.get("uncertainty").get("inputs").get(0);
		assertThat(input.get("min").asDouble()).isEqualTo(0.5);
		assertThat(input.get("max").asDouble()).isEqualTo(0.7);
		assertThat(stored.get("uncertainty").get("inputs")).hasSize(1);
		assertThat(reversed.statusCode()).isEqualTo(302);
		assertThat(page).contains("laagst 50 %, meest waarschijnlijk 60 %, hoogst 70 %", "Simulatie starten",
				"hoogst: moet tussen 0 % en 100 % liggen", "value=\"120\"", "aria-describedby=\"input-error\"");
		assertThat(badIndex.statusCode()).isEqualTo(409);
	}

	@Test
	void realisedFiguresAreSavedTogetherAndEveryProblemIsShownBesideItsBox() {
		String page = browser.get(caseUrl + "/realisatie").body();
		HttpResponse<String> invalid = browser.post(caseUrl + "/realisatie", Map.of("jaar", "2027",
				"v:2027:activities.druppelen-thuis.volume", "veel", "o:2027:activities.druppelen-thuis.volume", "",
				"v:2027:targetGroups.thuis.successRate", "140", "o:2027:targetGroups.thuis.successRate", "",
				"v:2027:items.projectleiding.amount", "-5", "o:2027:items.projectleiding.amount", ""));
		var unchanged = owner.api().get("/api/v1" + caseUrl).json();
		HttpResponse<String> saved = browser.post(caseUrl + "/realisatie", Map.of("jaar", "2027",
				"v:2027:activities.druppelen-thuis.volume", "1.250,5", "o:2027:activities.druppelen-thuis.volume", "",
				"v:2027:targetGroups.thuis.successRate", "40", "o:2027:targetGroups.thuis.successRate", "",
				"v:2026:items.projectleiding.amount", "", "o:2026:items.projectleiding.amount", ""));
		var stored = owner.api().get("/api/v1" + caseUrl).json();
		String after = browser.get(caseUrl + "/realisatie?jaar=2027").body();

		assertThat(page).contains("Gerealiseerde cijfers per jaar", "Realisatie 2026", "placeholder=\"20.000\"",
				"aria-label=\"Hulp bij oogdruppelen thuis, volume (totaal van het jaar), 2026\"");
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("Niets opgeslagen", "value=\"veel\"", "value=\"140\"", "value=\"-5\"",
				"moet tussen 0 % en 100 % liggen");
		assertThat(invalid.body().split("class=\"field-error\"", -1)).hasSizeGreaterThan(3);
		assertThat(unchanged.has("actuals")).isFalse();
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(stored.get("schemaVersion").asInt()).isEqualTo(2);
		assertThat(stored.get("actuals")).hasSize(1);
		var year = stored.get("actuals").get(0);
		assertThat(year.get("year").asInt()).isEqualTo(2027);
		assertThat(year.get("activities").get("druppelen-thuis").get("volume").asDouble()).isEqualTo(1250.5);
		assertThat(year.get("targetGroups").get("thuis").get("successRate").asDouble()).isEqualTo(0.4);
		assertThat(after).contains("De gerealiseerde cijfers zijn opgeslagen.", "2027 (gerealiseerd)",
				"Verschil met het plan per partij per jaar", "Verrekening achteraf", "value=\"1.250,5\"",
				"value=\"40\"");
	}

	@Test
	void aRealisedFigureThatSomeoneElseChangedIsShownAndTheOthersLand() {
		browser.post(caseUrl + "/realisatie", Map.of("jaar", "2027", "v:2027:items.projectleiding.amount", "21000",
				"o:2027:items.projectleiding.amount", ""));
		// another person's page still showed the box empty
		HttpResponse<String> late = browser.post(caseUrl + "/realisatie", Map.of("jaar", "2027",
				"v:2027:items.projectleiding.amount", "19000", "o:2027:items.projectleiding.amount", "",
				"v:2028:items.projectleiding.amount", "22000", "o:2028:items.projectleiding.amount", ""));
		var stored = owner.api().get("/api/v1" + caseUrl).json();

		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(late.body()).contains("Intussen gewijzigd in 21.000", "value=\"19000\"");
		assertThat(stored.get("actuals").get(0).get("items").get("projectleiding").get("amount").asInt())
				.isEqualTo(21000);
		assertThat(stored.get("actuals").get(1).get("year").asInt()).isEqualTo(2028);
		assertThat(stored.get("actuals").get(1).get("items").get("projectleiding").get("amount").asInt())
				.isEqualTo(22000);
	}

	@Test
	void aViewerSeesTheRealisationButCannotSaveIt() {
		User viewer = newUser("kijker-realisatie", "Gemeente Noord");
		owner.api().put("/api/v1" + caseUrl + "/members/" + viewer.username(), "{\"role\": \"VIEWER\"}");
		Session viewing = new Session(viewer.username(), PASSWORD, "nl-NL");

		String page = viewing.get(caseUrl + "/realisatie").body();
		HttpResponse<String> refused = viewing.post(caseUrl + "/realisatie", Map.of("jaar", "2027",
				"v:2027:items.projectleiding.amount", "1", "o:2027:items.projectleiding.amount", ""));

		assertThat(page).contains("U kunt deze cijfers bekijken", "plan: 20.000").doesNotContain("name=\"v:2026");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(owner.api().get("/api/v1" + caseUrl).json().has("actuals")).isFalse();
	}

	@Test
	void aTariffWithoutARealisedVolumeIsMarkedAndAForgedBoxIsRefused() {
		HttpResponse<String> tariff = browser.post(caseUrl + "/realisatie", Map.of("jaar", "2027",
				"v:2027:activities.druppelen-thuis.tariff", "80"));
		HttpResponse<String> forged = browser.post(caseUrl + "/realisatie", Map.of("jaar", "2027",
				"v:2027:items.projectleiding.amount", "1", "o:2027:items.projectleiding.amount", "{\"x\": 1}"));

		assertThat(tariff.statusCode()).isEqualTo(200);
		assertThat(tariff.body()).contains("aria-invalid=\"true\"", "Niets opgeslagen", "value=\"80\"");
		assertThat(tariff.body().replaceAll("(?s).*<td class=\"has-error\">(.*?)</td>.*", "$1"))
				.contains("name=\"v:2027:activities.druppelen-thuis.tariff\"", "is verplicht");
		assertThat(forged.statusCode()).isEqualTo(400);
		assertThat(forged.body()).doesNotContain("Jackson", "JsonNode", "Exception");
		assertThat(owner.api().get("/api/v1" + caseUrl).json().has("actuals")).isFalse();
	}

	@Test
	void anEnglishPageReadsNumbersTheEnglishWay() {
		Session english = new Session(owner.username(), PASSWORD, "en");
		english.get(caseUrl + "/realisatie?jaar=2027");

		english.post(caseUrl + "/realisatie", Map.of("jaar", "2027", "v:2027:items.projectleiding.amount", "2,400.5"));

		assertThat(owner.api().get("/api/v1" + caseUrl).json().get("actuals").get(0).get("items")
				.get("projectleiding").get("amount").asDouble()).isEqualTo(2400.5);
	}

	@Test
	void aCaseIsDownloadedAsItIsStoredAndAFileIsUploadedAsANewCase() {
		String stored = owner.api().get("/api/v1" + caseUrl).body();
		HttpResponse<String> download = browser.get(caseUrl + "/casus.json");
		browser.get("/cases");
		HttpResponse<String> upload = browser.upload("/cases/upload", "file", "druppelbril.json",
				download.body().getBytes(StandardCharsets.UTF_8));
		String newCase = upload.headers().firstValue("Location").orElseThrow();

		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
				.startsWith("attachment").contains("Druppelbril-in-thuiszorg-en-verpleeghuis.json"));
		assertThat(download.body()).isEqualTo(stored);
		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(newCase).endsWith("/overview");
		assertThat(browser.get(newCase.substring(newCase.indexOf("/cases/"))).body())
				.contains("Druppelbril in thuiszorg en verpleeghuis", "Overzicht");
	}

	@Test
	void anInvalidFileIsListedWithEveryProblemAndNothingIsStored() {
		int before = owner.api().get("/api/v1/cases").json().size();
		browser.get("/cases");
		HttpResponse<String> upload = browser.upload("/cases/upload", "file", "fout.json",
				"{\"schemaVersion\": 1, \"name\": \"Fout\", \"startYear\": 1800, \"horizonYears\": 0, \"parties\": []}"
						.getBytes(StandardCharsets.UTF_8));
		String list = browser.get("/cases").body();
		HttpResponse<String> notJson = browser.upload("/cases/upload", "file", "leeg.json", "{".getBytes(StandardCharsets.UTF_8));
		String again = browser.get("/cases").body();

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(list).contains("Niet ingelezen, er is niets opgeslagen. In fout.json:");
		assertThat(list.split("<li>", -1).length).isGreaterThan(3);
		assertThat(notJson.statusCode()).isEqualTo(302);
		assertThat(again).contains("In leeg.json:");
		assertThat(owner.api().get("/api/v1/cases").json().size()).isEqualTo(before);
	}

	@Test
	void theMoneyFlowsOfTwentyFivePartiesStayLegible() {
		String page = browser.get(largeCase() + "/diagrammen").body();
		String flows = chart(page, "flows");
		String costs = chart(page, "costs-benefits");

		// at most 8 payers and 8 receivers in each of the two panels, the rest together
		assertThat(flows.split("<rect", -1).length - 1).isLessThanOrEqualTo(4 * 8);
		assertThat(flows).contains("overige partijen", "zorgbetalingen", "verrekening (per jaar)",
				"stroke=\"#b45f06\"");
		// no two lines of text on the same side of a panel closer than a line apart
		java.util.Map<String, java.util.List<Double>> lines = new java.util.HashMap<>();
		java.util.regex.Matcher text = java.util.regex.Pattern
				.compile("<text x=\"(\\d+)\" y=\"([\\d.]+)\" font-size=\"11\"").matcher(flows);
		while (text.find()) {
			lines.computeIfAbsent(text.group(1), x -> new java.util.ArrayList<>()).add(Double.parseDouble(text.group(2)));
		}
		assertThat(lines).isNotEmpty();
		lines.values().forEach(ys -> {
			java.util.Collections.sort(ys);
			for (int i = 1; i < ys.size(); i++) {
				assertThat(ys.get(i) - ys.get(i - 1)).isGreaterThanOrEqualTo(12.0);
			}
		});
		assertThat(costs).contains(">vrijgekomen capaciteit<");
		// the bands are as wide as their money: the widest a good part of the 260 pixels the bands share
		java.util.regex.Matcher band = java.util.regex.Pattern.compile("stroke-width=\"([\\d.]+)\"/>").matcher(flows);
		double widest = 0;
		while (band.find()) {
			widest = Math.max(widest, Double.parseDouble(band.group(1)));
		}
		assertThat(widest).isGreaterThan(40);
	}

	@Test
	void aFailedSimulationAndARefusedRealisationNameTheirFieldsAsThePagesDo() throws Exception {
		var breaking = (tools.jackson.databind.node.ObjectNode) Api.JSON.readTree(nl.ontschot.engine.SharedFiles
				.read("cases-v2/valpreventie-hib.json"));
		breaking.putObject("uncertainty").put("iterations", 500).putArray("inputs").addObject()
				.put("target", "parameters.reductie").put("distribution", "NORMAL").put("mean", 0.9).put("sd", 0.5);
		String location = owner.api().post("/api/v1/cases", breaking.toString()).header("Location").orElseThrow();
		String run = owner.api().post(location + "/simulations", "").header("Location").orElseThrow();
		for (int i = 0; i < 300 && owner.api().get(run).json().get("state").asString().equals("RUNNING"); i++) {
			Thread.sleep(100);
		}
		String url = location.replace("/api/v1", "");
		String page = browser.get(url + "/onzekerheid").body();
		browser.get(url + "/realisatie?jaar=2029");
		HttpResponse<String> realised = browser.post(url + "/realisatie", Map.of("jaar", "2029",
				"v:2029:parameters.reductie", "5"));

		assertThat(owner.api().get(run).json().get("state").asString()).isEqualTo("FAILED");
		assertThat(page).contains("met een getrokken waarde: activiteit Zvw-zorg na een val, Volume straks: komt in")
				.doesNotContain("activities[0]");
		assertThat(realised.body()).contains("met de realisatie: activiteit Zvw-zorg na een val, Volume straks: komt in 2029")
				.doesNotContain("activities[0]", "de casus: met");
	}

	@Test
	void aRequestNoPageSendsIsCalledInvalidNotOurFault() {
		HttpResponse<String> wrongMethod = browser.getHtml(caseUrl + "/onzekerheid/run/" + java.util.UUID.randomUUID()
				+ "/cancel");

		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.body()).contains("niet compleet of niet geldig").doesNotContain("aan onze kant");
	}

	@Test
	void aLineWithRealisedFiguresSaysSoWhenItCannotBeRemoved() {
		browser.get(caseUrl + "/realisatie?jaar=2027");
		browser.post(caseUrl + "/realisatie", Map.of("jaar", "2027", "v:2027:items.projectleiding.amount", "21000"));
		browser.get(caseUrl + "/activiteiten");

		HttpResponse<String> refused = browser.post(caseUrl + "/lines/items/projectleiding/delete", Map.of());

		assertThat(refused.body()).contains("Kan niet weg, want nog in gebruik bij: de realisatie van 2027, post Projectleiding");
	}

	@Test
	void aYearsNoteIsWrittenBesideItsFigures() {
		browser.get(caseUrl + "/realisatie?jaar=2027");
		browser.post(caseUrl + "/realisatie", Map.of("jaar", "2027", "v:2027:note", "Minder deelnemers geworven.",
				"v:2027:items.projectleiding.amount", "21000"));
		String page = browser.get(caseUrl + "/realisatie?jaar=2027").body();
		browser.post(caseUrl + "/realisatie", Map.of("jaar", "2027", "v:2027:note", "",
				"o:2027:note", "\"Minder deelnemers geworven.\""));

		assertThat(page).contains("<label for=\"year-note\">Toelichting bij dit jaar</label>",
				">Minder deelnemers geworven.</textarea>");
		var stored = owner.api().get("/api/v1" + caseUrl).json().get("actuals").get(0);
		assertThat(stored.has("note")).isFalse();
		assertThat(stored.get("items").get("projectleiding").get("amount").asInt()).isEqualTo(21000);
	}

	@Test
	void aCraftedParameterNameIsAnInvalidRequestAndAFileWithAByteOrderMarkIsReadIn() {
		HttpResponse<String> crafted = browser.post(caseUrl + "/realisatie", Map.of("jaar", "2027", "a\nb", "1"));
		browser.get("/cases");
		byte[] document = nl.ontschot.engine.SharedFiles.read("cases/wijkaanpak.json").getBytes(StandardCharsets.UTF_8);
		byte[] withMark = new byte[document.length + 3];
		withMark[0] = (byte) 0xEF;
		withMark[1] = (byte) 0xBB;
		withMark[2] = (byte) 0xBF;
		System.arraycopy(document, 0, withMark, 3, document.length);
		HttpResponse<String> marked = browser.upload("/cases/upload", "file", "wijkaanpak.json", withMark);
		HttpResponse<String> notUtf8 = browser.upload("/cases/upload", "file", "fout.json",
				new byte[] { '{', '"', 'n', (byte) 0xFF, '"', '}' });
		String list = browser.get("/cases").body();

		assertThat(crafted.statusCode()).isEqualTo(400);
		assertThat(crafted.body()).doesNotContain("aan onze kant");
		assertThat(marked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/overview"));
		assertThat(notUtf8.statusCode()).isEqualTo(302);
		assertThat(list).contains("In fout.json:", "geen geldige UTF-8");
	}

	/** The SVG of a chart of a page. */
	private static String chart(String page, String id) {
		int at = page.indexOf("id=\"chart-" + id + "\"");
		assertThat(at).as(id).isPositive();
		return page.substring(at, page.indexOf("</svg>", at));
	}
}
