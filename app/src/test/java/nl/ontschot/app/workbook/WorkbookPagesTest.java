package nl.ontschot.app.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.cases.BrowserSession;
import nl.ontschot.app.workbook.internal.CaseSheet;
import nl.ontschot.app.workbook.internal.SheetReader;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;

/**
 * The workbook over HTTP with a browser's session: the export and the template are downloaded and open in
 * POI, a filled-in template becomes a new case, a workbook read into a case is one new version with its audit
 * line, and whoever may not change the case (a viewer, an editor of another party) changes nothing.
 */
class WorkbookPagesTest extends ApiTestBase {

	private User owner;
	private BrowserSession browser;
	private String caseUrl;
	private String apiUrl;

	@BeforeEach
	void aCaseFromATemplate() {
		owner = newUser("werkmap", "Thuiszorg Noord");
		browser = new BrowserSession(port, owner.username(), PASSWORD, "nl-NL");
		caseUrl = browser.createCase("druppelbril");
		apiUrl = "/api/v1" + caseUrl;
	}

	@Test
	void theWorkbookAndTheTemplateAreDownloaded() throws IOException {
		HttpResponse<byte[]> export = browser.download(caseUrl + "/export.xlsx");
		HttpResponse<byte[]> template = browser.download("/templates/ontschot-invoer.xlsx");
		String page = browser.get(caseUrl + "/overview").body();

		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type")).hasValue(Workbooks.CONTENT_TYPE);
		assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
				.startsWith("attachment").contains("Druppelbril-in-thuiszorg-en-verpleeghuis.xlsx"));
		try (Workbook workbook = WorkbookFiles.open(export.body())) {
			assertThat(workbook.getSheet("Per jaar")).isNotNull();
			assertThat(workbook.getSheet("Overzicht").getRow(1).getCell(0).getStringCellValue()).isNotBlank();
		}
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.headers().firstValue("Content-Type")).hasValue(Workbooks.CONTENT_TYPE);
		try (Workbook workbook = WorkbookFiles.open(template.body())) {
			assertThat(workbook.getSheet("Uitleg")).isNotNull();
			assertThat(workbook.getSheet("Activiteiten")).isNotNull();
		}
		assertThat(page).contains("Downloaden (Excel)", "export.xlsx", "Bijwerken uit Excel");
		assertThat(browser.get("/cases").body()).contains("/templates/ontschot-invoer.xlsx",
				"Casus uit een Excel-werkmap");
	}

	@Test
	void theWorkbookHasTheUncertaintyOfAFinishedRunOfItsVersion() throws Exception {
		String location = owner.api().post("/api/v1/cases", SharedFiles.read("cases-v2/valpreventie-hib.json"))
				.header("Location").orElseThrow();
		String page = location.replace("/api/v1", "");

		boolean before;
		try (Workbook workbook = WorkbookFiles.open(browser.download(page + "/export.xlsx").body())) {
			before = workbook.getSheet("Onzekerheid") != null;
		}
		String run = owner.api().post(location + "/simulations", "").header("Location").orElseThrow();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (!owner.api().get(run).json().get("state").asString().equals("DONE") && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}

		assertThat(before).isFalse();
		try (Workbook workbook = WorkbookFiles.open(browser.download(page + "/export.xlsx").body())) {
			assertThat(workbook.getSheet("Onzekerheid").getRow(1).getCell(2).getNumericCellValue())
					.isEqualTo(owner.api().get(run).json().get("result").get("parties").propertyStream().findFirst()
							.orElseThrow().getValue().get("net").get("mean").asDouble());
		}
	}

	@Test
	void aFilledInTemplateBecomesANewCaseWithItsOverview() throws IOException {
		browser.get("/cases");
		HttpResponse<String> upload = browser.upload("/cases/import", "file", "invoer.xlsx",
				WorkbookFiles.filledTemplate());
		String location = upload.headers().firstValue("Location").orElseThrow();

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(location).endsWith("/overview");
		assertThat(browser.get(location.substring(location.indexOf("/cases/"))).body()).contains("Uit Excel",
				"Overzicht", "Wijkteam");
	}

	@Test
	void aWorkbookWithProblemsListsThemAllAndStoresNothing() throws IOException {
		byte[] workbook;
		try (Workbook filled = WorkbookFiles.open(WorkbookFiles.filledTemplate())) {
			WorkbookFiles.fill(filled.getSheet("Activiteiten"), List.of(List.of("activities[].current.volume",
					"veel", "activities[].provider", "onbekend")));
			WorkbookFiles.fill(filled.getSheet("Doelgroepen"), List.of(List.of("targetGroups[].successRate", 1.5)));
			workbook = WorkbookFiles.bytes(filled);
		}
		int before = owner.api().get("/api/v1/cases").json().size();
		browser.get("/cases");

		HttpResponse<String> upload = browser.upload("/cases/import", "file", "fout.xlsx", workbook);
		String list = browser.get("/cases").body();
		HttpResponse<String> notAWorkbook = browser.upload("/cases/import", "file", "fout.xlsx",
				"geen werkmap".getBytes(StandardCharsets.UTF_8));
		String again = browser.get("/cases").body();

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/cases#workbook"));
		assertThat(list).contains("Niet ingelezen, er is niets opgeslagen. In fout.xlsx:",
				"Activiteiten, rij 3, kolom I: &#39;veel&#39; is geen getal.", "Activiteiten, rij 3, kolom E:",
				"Doelgroepen, rij 3, kolom F: moet tussen 0 % en 100 % liggen");
		assertThat(notAWorkbook.statusCode()).isEqualTo(302);
		assertThat(again).contains("Dit bestand is geen Excel-werkmap (.xlsx) of is beschadigd.");
		assertThat(owner.api().get("/api/v1/cases").json().size()).isEqualTo(before);
	}

	/**
	 * A file over 5 MB chosen in any of the three upload forms gets the error page with its sentence, not the
	 * API's JSON; sent without a length (chunked) as well. The API keeps its JSON 413 (CaseApiTest).
	 */
	@Test
	void aFileOverFiveMegabytesIsRefusedWithASentenceOnAPage() throws Exception {
		int before = owner.api().get("/api/v1/cases").json().size();
		String stored = owner.api().get(apiUrl).body();
		byte[] large = new byte[6 * 1024 * 1024];
		List<HttpResponse<String>> uploads = new ArrayList<>();
		for (String form : List.of("/cases/import", caseUrl + "/import", "/cases/upload")) {
			browser.get("/cases");
			uploads.add(browser.upload(form, "file", "groot.xlsx", large));
		}
		uploads.add(withoutLength("/cases/import", large));

		assertThat(uploads).allSatisfy(upload -> {
			assertThat(upload.statusCode()).isEqualTo(413);
			assertThat(upload.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
					.startsWith("text/html"));
			assertThat(upload.body()).contains("Dit bestand is groter dan een casus kan zijn (hoogstens 5 MB).")
					.doesNotContain("\"errors\"");
		});
		assertThat(owner.api().get("/api/v1/cases").json().size()).isEqualTo(before);
		assertThat(owner.api().get(apiUrl).body()).isEqualTo(stored);
	}

	/** A form's file sent as a browser would, but without a declared length (chunked). */
	private HttpResponse<String> withoutLength(String path, byte[] content) throws Exception {
		byte[] head = ("--grens\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groot.xlsx\"\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1);
		byte[] tail = "\r\n--grens--\r\n".getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(head);
		body.write(content);
		body.write(tail);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:"
				+ port + path)).header("Content-Type", "multipart/form-data; boundary=grens")
				.header("Accept", BrowserSession.BROWSER_ACCEPT).header("Accept-Language", "nl-NL")
				.POST(HttpRequest.BodyPublishers.fromPublisher(
						HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())))
				.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aWorkbookReadIntoACaseIsOneNewVersionWithOneAuditLine() throws IOException {
		int versions = owner.api().get(apiUrl + "/versions").json().size();
		int auditLines = owner.api().get(apiUrl + "/audit").json().size();
		byte[] changed = withPopulation(browser.download(caseUrl + "/export.xlsx").body(), 160);

		HttpResponse<String> upload = browser.upload(caseUrl + "/import", "file", "druppelbril.xlsx", changed);
		String page = browser.get(caseUrl + "/overview").body();

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(caseUrl + "/overview"));
		assertThat(page).contains("Ingelezen uit druppelbril.xlsx: de casus is bijgewerkt.");
		assertThat(owner.api().get(apiUrl + "/versions").json().size()).isEqualTo(versions + 1);
		JsonNode audit = owner.api().get(apiUrl + "/audit").json();
		assertThat(audit.size()).isEqualTo(auditLines + 1);
		assertThat(audit.toString()).contains("targetGroups[0].population");
		assertThat(owner.api().get(apiUrl).json().get("targetGroups").get(0).get("population").asDouble())
				.isEqualTo(160.0);
	}

	@Test
	void aWorkbookWithAProblemReadIntoACaseIsListedOnItsPageAndChangesNothing() throws IOException {
		String before = owner.api().get(apiUrl).body();
		byte[] wrong = withPopulation(browser.download(caseUrl + "/export.xlsx").body(), -5);

		HttpResponse<String> upload = browser.upload(caseUrl + "/import", "file", "druppelbril.xlsx", wrong);
		String page = browser.get(caseUrl + "/overview").body();

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(page).contains("Niet ingelezen, er is niets opgeslagen. In druppelbril.xlsx:",
				"Doelgroepen, rij 3, kolom D:");
		assertThat(owner.api().get(apiUrl).body()).isEqualTo(before);
	}

	@Test
	void aViewerCannotReadAWorkbookIntoTheCase() throws IOException {
		User viewer = newUser("kijker", "Zorgkantoor");
		owner.api().put(apiUrl + "/members/" + viewer.username(), "{\"role\": \"VIEWER\"}");
		BrowserSession viewing = new BrowserSession(port, viewer.username(), PASSWORD, "nl-NL");
		byte[] changed = withPopulation(viewing.download(caseUrl + "/export.xlsx").body(), 160);
		String before = owner.api().get(apiUrl).body();

		viewing.get(caseUrl + "/overview");
		HttpResponse<String> upload = viewing.upload(caseUrl + "/import", "file", "druppelbril.xlsx", changed);

		assertThat(upload.statusCode()).isEqualTo(403);
		assertThat(upload.body()).contains("U mag deze casus alleen bekijken.");
		assertThat(viewing.get(caseUrl + "/overview").body()).contains("Downloaden (Excel)")
				.doesNotContain("Bijwerken uit Excel");
		// a step page with the result panel beside it: the panel's fragment once, not the layout's form with it
		assertThat(viewing.get(caseUrl + "/kengetallen").body()).contains("id=\"summary\"")
				.doesNotContain("Bijwerken uit Excel");
		assertThat(owner.api().get(apiUrl).body()).isEqualTo(before);
	}

	@Test
	void aStrangerGetsNoWorkbookOfTheCase() {
		User stranger = newUser("vreemde", "Elders");
		BrowserSession browsing = new BrowserSession(port, stranger.username(), PASSWORD, "nl-NL");

		HttpResponse<byte[]> export = browsing.download(caseUrl + "/export.xlsx");

		assertThat(export.statusCode()).isEqualTo(404);
		assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
				.startsWith("text/html"));
	}

	@Test
	void anEditorOfOnePartyIsRefusedAsOnAnyOtherSave() throws IOException {
		User thuiszorg = newUser("thuiszorg", "Thuiszorg Noord");
		owner.api().put(apiUrl + "/members/" + thuiszorg.username(), "{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}");
		BrowserSession editing = new BrowserSession(port, thuiszorg.username(), PASSWORD, "nl-NL");
		byte[] changed;
		try (Workbook workbook = WorkbookFiles.open(editing.download(caseUrl + "/export.xlsx").body())) {
			Sheet activities = workbook.getSheet("Activiteiten");
			int financier = SheetReader.keys(activities).indexOf("activities[].financier");
			for (Row row : activities) {
				if (row.getRowNum() >= 2 && "verzekeraar".equals(row.getCell(financier).getStringCellValue())) {
					row.getCell(financier).setCellValue("zorgkantoor");
				}
			}
			changed = WorkbookFiles.bytes(workbook);
		}
		String before = owner.api().get(apiUrl).body();

		editing.get(caseUrl + "/overview");
		HttpResponse<String> upload = editing.upload(caseUrl + "/import", "file", "druppelbril.xlsx", changed);

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(editing.get(caseUrl + "/overview").body()).contains("Niet ingelezen", "wie betaalt");
		assertThat(owner.api().get(apiUrl).body()).isEqualTo(before);
	}

	/**
	 * A workbook downloaded before someone else saved: what it changed lands, what the other saved meanwhile
	 * stays; where both changed the same value nothing is saved and the place is named.
	 */
	@Test
	void aStaleWorkbookKeepsWhatOthersSavedSinceAndNamesWhereBothChangedTheSameValue() throws IOException {
		byte[] exported = browser.download(caseUrl + "/export.xlsx").body();
		JsonNode document = owner.api().get(apiUrl).json();
		((tools.jackson.databind.node.ObjectNode) document.get("targetGroups").get(0)).put("reachRate", 0.9);
		assertThat(owner.api().header("If-Match", "\"1\"").put(apiUrl, document.toString()).status()).isEqualTo(200);

		browser.get(caseUrl + "/overview");
		browser.upload(caseUrl + "/import", "file", "druppelbril.xlsx", withPopulation(exported, 160));
		assertThat(browser.get(caseUrl + "/overview").body()).contains("de casus is bijgewerkt");

		JsonNode merged = owner.api().get(apiUrl).json().get("targetGroups").get(0);
		assertThat(merged.get("population").asDouble()).isEqualTo(160.0);
		assertThat(merged.get("reachRate").asDouble()).isEqualTo(0.9);
		assertThat(owner.api().get(apiUrl + "/versions").json().size()).isEqualTo(3);

		// the same workbook once more: its population is the case's now, so it changes nothing
		browser.upload(caseUrl + "/import", "file", "druppelbril.xlsx", withPopulation(exported, 160));
		assertThat(browser.get(caseUrl + "/overview").body()).contains("wijzigt niets aan de casus");
		assertThat(owner.api().get(apiUrl + "/versions").json().size()).isEqualTo(3);

		// a workbook that changes the population the case changed since it was downloaded
		String before = owner.api().get(apiUrl).body();
		browser.upload(caseUrl + "/import", "file", "druppelbril.xlsx", withPopulation(exported, 170));
		assertThat(browser.get(caseUrl + "/overview").body()).contains("Niet ingelezen",
				"intussen door iemand anders gewijzigd sinds deze werkmap werd gedownload");
		assertThat(owner.api().get(apiUrl).body()).isEqualTo(before);
	}

	/**
	 * A sheet over the limit of lines: the limit of the sheet, the case's own limit and a cell's problem are each a
	 * sentence of their own, and every number is written the Dutch way (20.000, 3,5). The case's limit comes
	 * before the engine checks any cell (ADR 9), so a cell's value out of range is named once the sheet fits.
	 */
	@Test
	void aSheetOverTheLimitOfLinesIsNamedWithTheOtherProblemsInDutchNotation() throws IOException {
		byte[] workbook;
		try (Workbook filled = WorkbookFiles.open(WorkbookFiles.filledTemplate())) {
			List<List<Object>> items = new ArrayList<>();
			for (int i = 0; i <= 20_000; i++) {
				items.add(List.of("items[].id", "p" + i, "items[].name", "Post " + i, "items[].type", "kosten",
						"items[].recurrence", "incidenteel", "items[].year", 2027.0, "items[].amount", 1.0,
						"items[].party", "wijkteam"));
			}
			WorkbookFiles.fill(filled.getSheet("Posten"), items);
			for (Row row : filled.getSheet("Casus")) {
				if (row.getCell(2) != null && "horizonYears".equals(row.getCell(2).getStringCellValue())) {
					row.getCell(1).setCellValue(3.5);
				}
			}
			workbook = WorkbookFiles.bytes(filled);
		}
		int before = owner.api().get("/api/v1/cases").json().size();
		browser.get("/cases");

		browser.upload("/cases/import", "file", "groot.xlsx", workbook);
		String problems = problemsOn(browser.get("/cases").body());

		assertThat(problems).contains(
				"<li>blad Posten: Dit blad heeft meer dan 20.000 regels, en een casus heeft er hoogstens 20.000; alleen "
						+ "de eerste 20.000 zijn gelezen en gecontroleerd.</li>",
				"<li>Een casus heeft ten hoogste 20.000 regels (doelgroepen, activiteiten, kostenposten en "
						+ "verdeelsleutels samen); deze heeft er 20.002.</li>",
				"<li>Casus, rij 7, kolom B: &#39;3,5&#39; is geen geheel getal.</li>");
		assertThat(problems).doesNotContain("20000", "20002", "3.5");
		assertThat(owner.api().get("/api/v1/cases").json().size()).isEqualTo(before);
	}

	/** Two limits on one cell (a negative number too large to hold): each its own sentence, in Dutch notation. */
	@Test
	void twoLimitsOnOneCellAreTwoSentences() throws IOException {
		byte[] workbook;
		try (Workbook filled = WorkbookFiles.open(WorkbookFiles.filledTemplate())) {
			WorkbookFiles.fill(filled.getSheet("Activiteiten"), List.of(List.of("activities[].current.volume", -1e13,
					"activities[].current.tariff", 1e13)));
			workbook = WorkbookFiles.bytes(filled);
		}
		browser.get("/cases");

		browser.upload("/cases/import", "file", "fout.xlsx", workbook);
		String problems = problemsOn(browser.get("/cases").body());

		assertThat(problems).contains(
				"<li>Activiteiten, rij 3, kolom I: moet tussen -1.000.000.000.000 en 1.000.000.000.000 liggen</li>",
				"<li>Activiteiten, rij 3, kolom I: moet 0 of meer zijn</li>",
				"<li>Activiteiten, rij 3, kolom J: moet tussen -1.000.000.000.000 en 1.000.000.000.000 liggen</li>");
		assertThat(problems).doesNotContain("e12", "e13", "hoogstens 1.000.000.000.000");
	}

	/** The list of a workbook's problems on the case list. */
	private static String problemsOn(String page) {
		int list = page.indexOf("id=\"workbook-problems\"");
		assertThat(list).isNotNegative();
		return page.substring(list, page.indexOf("</ul>", list));
	}

	/**
	 * An export whose hidden document is damaged is refused with a sentence, as a new case and into a case: read
	 * as a template it would lose the arrangements and the conversation, or overwrite what others saved since.
	 */
	@Test
	void aWorkbookWhoseHiddenCaseIsDamagedIsRefusedWithASentence() throws IOException {
		byte[] damaged;
		try (Workbook workbook = WorkbookFiles.open(withPopulation(browser.download(caseUrl + "/export.xlsx").body(),
				160))) {
			workbook.getSheet(CaseSheet.NAME).getRow(1).getCell(0).setCellValue("{\"schemaVersion\": 2, \"name\": ");
			damaged = WorkbookFiles.bytes(workbook);
		}
		String before = owner.api().get(apiUrl).body();
		int cases = owner.api().get("/api/v1/cases").json().size();

		browser.get(caseUrl + "/overview");
		HttpResponse<String> into = browser.upload(caseUrl + "/import", "file", "druppelbril.xlsx", damaged);
		String casePage = browser.get(caseUrl + "/overview").body();
		HttpResponse<String> asNew = browser.upload("/cases/import", "file", "druppelbril.xlsx", damaged);
		String list = browser.get("/cases").body();

		assertThat(into.statusCode()).isEqualTo(302);
		assertThat(asNew.statusCode()).isEqualTo(302);
		for (String page : List.of(casePage, list)) {
			assertThat(page).contains("Niet ingelezen, er is niets opgeslagen. In druppelbril.xlsx:",
					"het verborgen deel met de rest van de casus (afspraken, scenario&#39;s, onzekerheid en het goede "
							+ "gesprek) is beschadigd", "Download de werkmap opnieuw");
		}
		assertThat(owner.api().get(apiUrl).body()).isEqualTo(before);
		assertThat(owner.api().get("/api/v1/cases").json().size()).isEqualTo(cases);
	}

	/**
	 * A column whose hidden key was overwritten or cleared, or a sheet whose key row is gone, while it holds data:
	 * skipped, the edit in it would be lost without a word (the page said the workbook changes nothing). It is
	 * named at row 1 with the way out, and nothing is stored.
	 */
	@Test
	void aDamagedKeyRowIsNamedAndTheEditBelowItIsNotLostSilently() throws IOException {
		byte[] exported = browser.download(caseUrl + "/export.xlsx").body();
		String before = owner.api().get(apiUrl).body();
		browser.get(caseUrl + "/overview");

		browser.upload(caseUrl + "/import", "file", "druppelbril.xlsx", withItems(exported, posten -> {
			posten.getRow(0).getCell(9).setCellValue("bedrag");
			posten.getRow(3).getCell(9).setCellValue(450);
		}));
		String overwritten = problemsOn(browser.get(caseUrl + "/overview").body());
		browser.upload(caseUrl + "/import", "file", "druppelbril.xlsx", withItems(exported, posten -> {
			posten.getRow(0).getCell(0).setBlank();
			posten.getRow(3).getCell(9).setCellValue(450);
		}));
		String cleared = problemsOn(browser.get(caseUrl + "/overview").body());
		browser.upload(caseUrl + "/import", "file", "druppelbril.xlsx", withItems(exported, posten -> {
			posten.removeRow(posten.getRow(0));
			posten.getRow(3).getCell(9).setCellValue(450);
		}));
		String gone = problemsOn(browser.get(caseUrl + "/overview").body());

		assertThat(overwritten).contains("<li>Posten, rij 1, kolom J: Deze kolom heeft gegevens, maar de verborgen "
				+ "rij 1 van het blad, die zegt welk veld in welke kolom staat, is hier beschadigd of leeg, dus de kolom "
				+ "is niet te lezen. Download de werkmap opnieuw, of zet rij 1 terug zoals hij was, en lees hem dan "
				+ "opnieuw in.</li>");
		assertThat(cleared).contains("<li>Posten, rij 1, kolom A: Deze kolom heeft gegevens").doesNotContain("kolom J");
		assertThat(gone).contains("<li>Posten, rij 1: Dit blad heeft gegevens, maar de verborgen rij 1, die zegt welk "
				+ "veld in welke kolom staat, ontbreekt of is beschadigd");
		assertThat(List.of(overwritten, cleared, gone)).allSatisfy(problems -> assertThat(problems)
				.contains("Niet ingelezen, er is niets opgeslagen").doesNotContain("items[", "bedrag"));
		assertThat(browser.get(caseUrl + "/overview").body()).doesNotContain("wijzigt niets aan de casus");
		assertThat(owner.api().get(apiUrl).body()).isEqualTo(before);
	}

	/**
	 * An editor bound to a party who changed another party's item, a shared setting and a realised value: each
	 * refusal is named at its cell, as every other problem of a workbook; the party's own change beside them is
	 * not named, and nothing is stored.
	 */
	@Test
	void aRefusalOfAPartyBoundEditorNamesTheCellItComesFrom() throws IOException {
		String location = owner.api().post("/api/v1/cases", SharedFiles.read("cases-v2/valpreventie-hib.json"))
				.header("Location").orElseThrow();
		String page = location.replace("/api/v1", "");
		User fysio = newUser("fysio", "Fysiotherapie Samen");
		owner.api().put(location + "/members/" + fysio.username(), "{\"role\": \"EDITOR\", \"party\": \"fysio\"}");
		BrowserSession editing = new BrowserSession(port, fysio.username(), PASSWORD, "nl-NL");
		byte[] changed;
		try (Workbook workbook = WorkbookFiles.open(editing.download(page + "/export.xlsx").body())) {
			Sheet items = workbook.getSheet("Posten");
			int amount = SheetReader.keys(items).indexOf("items[].amount");
			items.getRow(2).getCell(amount).setCellValue(70_000);
			items.getRow(3).getCell(amount).setCellValue(175);
			workbook.getSheet("Casus").getRow(12).getCell(1).setCellValue("Shapley");
			Sheet actuals = workbook.getSheet("Realisatie invoer");
			actuals.getRow(5).getCell(4).setCellValue(140_000);
			changed = WorkbookFiles.bytes(workbook);
		}
		String before = owner.api().get(location).body();

		editing.get(page + "/overview");
		HttpResponse<String> upload = editing.upload(page + "/import", "file", "valpreventie.xlsx", changed);
		String problems = problemsOn(editing.get(page + "/overview").body());

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(problems).contains(
				"<li>Casus, rij 13, kolom B: U werkt namens Fysiotherapie Samen. Dit geldt voor alle partijen",
				"<li>Posten, rij 3, kolom J: U werkt namens Fysiotherapie Samen. Dit hoort bij een andere partij",
				"<li>Realisatie invoer, rij 6, kolom E: U werkt namens Fysiotherapie Samen. Dit geldt voor alle "
						+ "partijen");
		assertThat(problems).doesNotContain("rij 4", "settlement", "items[", "actuals")
				.doesNotContain("<li>U werkt namens");
		assertThat(owner.api().get(location).body()).isEqualTo(before);
	}

	/** Another party's line removed has no cell left: the refusal names its sheet. */
	@Test
	void aRefusedRemovalOfALineNamesItsSheet() throws IOException {
		User thuiszorg = newUser("thuiszorg", "Thuiszorg Noord");
		owner.api().put(apiUrl + "/members/" + thuiszorg.username(), "{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}");
		BrowserSession editing = new BrowserSession(port, thuiszorg.username(), PASSWORD, "nl-NL");
		// the nursing home's glasses, the second item
		byte[] changed = withItems(editing.download(caseUrl + "/export.xlsx").body(), posten -> posten.getRow(3)
				.forEach(Cell::setBlank));
		String before = owner.api().get(apiUrl).body();

		editing.get(caseUrl + "/overview");
		editing.upload(caseUrl + "/import", "file", "druppelbril.xlsx", changed);
		String problems = problemsOn(editing.get(caseUrl + "/overview").body());

		assertThat(problems).contains("<li>blad Posten: U werkt namens Thuiszorg Noord. U kunt alleen regels "
				+ "toevoegen of verwijderen").doesNotContain("Posten, rij");
		assertThat(owner.api().get(apiUrl).body()).isEqualTo(before);
	}

	/** The export with its Posten sheet edited. */
	private static byte[] withItems(byte[] bytes, Consumer<Sheet> edit) throws IOException {
		try (Workbook workbook = WorkbookFiles.open(bytes)) {
			edit.accept(workbook.getSheet("Posten"));
			return WorkbookFiles.bytes(workbook);
		}
	}

	/** The workbook with the first target group's population changed. */
	private static byte[] withPopulation(byte[] bytes, double population) throws IOException {
		try (Workbook workbook = WorkbookFiles.open(bytes)) {
			Sheet groups = workbook.getSheet("Doelgroepen");
			groups.getRow(2).getCell(SheetReader.keys(groups).indexOf("targetGroups[].population")).setCellValue(population);
			return WorkbookFiles.bytes(workbook);
		}
	}
}
