package nl.ontschot.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.cases.BrowserSession;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;

/**
 * The steering group's PDF read back as its reader gets it (PDFBox): every party with the figures of the
 * overview page, the payments of the settlement page, version and date, a page per party, fonts embedded,
 * tagged with title and language. Its pages are kept as pictures under target/reports.
 */
class ReportPdfTest extends ApiTestBase {

	private static final Pattern MATRIX_ROW = Pattern.compile(
			"<tr[^>]*>\\s*<th scope=\"row\">([^<]+)</th>\\s*<td[^>]*>([^<]+)</td>\\s*<td[^>]*>([^<]+)</td>\\s*<td[^>]*>([^<]+)</td>");

	private record Opened(String url, User owner, BrowserSession browser) {
	}

	private Opened open(String shared, String language) {
		User owner = newUser("rapport", "Gemeente Noord");
		String location = owner.api().post("/api/v1/cases", SharedFiles.read(shared)).header("Location").orElseThrow();
		return new Opened(location.replace("/api/v1", ""), owner,
				new BrowserSession(port, owner.username(), PASSWORD, language));
	}

	private static PDDocument pdf(HttpResponse<byte[]> response) throws IOException {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return Loader.loadPDF(response.body());
	}

	private static String text(PDDocument document) throws IOException {
		return new PDFTextStripper().getText(document);
	}

	private static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		// as a reader reads it: from the top of the page down, the footer last
		stripper.setSortByPosition(true);
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	/** The pages as pictures, for a person to look at in CI's artefacts. */
	private static void keep(PDDocument document, String name) throws IOException {
		Path dir = Path.of("target", "reports", name);
		Files.createDirectories(dir);
		PDFRenderer renderer = new PDFRenderer(document);
		for (int i = 0; i < document.getNumberOfPages(); i++) {
			ImageIO.write(renderer.renderImageWithDPI(i, 60), "png", dir.resolve("page-%02d.png".formatted(i + 1)).toFile());
		}
	}

	@Test
	void theReportHasEveryPartyWithTheFiguresOfTheOverviewAndThePaymentsOfTheSettlement() throws IOException {
		Opened c = open("cases/druppelbril.json", "nl-NL");
		String overview = c.browser().get(c.url() + "/overview").body();
		String settlement = c.browser().get(c.url() + "/verdeling").body();

		try (PDDocument document = pdf(c.browser().download(c.url() + "/report.pdf"))) {
			keep(document, "druppelbril");
			String text = text(document);
			List<String> parties = new ArrayList<>();
			String matrix = overview.substring(overview.indexOf("id=\"matrix\""));
			Matcher row = MATRIX_ROW.matcher(matrix.substring(0, matrix.indexOf("</section>")));
			while (row.find()) {
				String line = String.join(" ", row.group(1), row.group(2), row.group(3), row.group(4))
						.replace("&#39;", "'");
				assertThat(text).contains(line);
				parties.add(row.group(1));
			}
			// the parties and the total row
			assertThat(parties).hasSizeGreaterThan(3);
			Matcher payment = Pattern.compile("<li>([^<]* betaalt [^<]+)</li>").matcher(settlement);
			int payments = 0;
			while (payment.find()) {
				assertThat(text).contains(payment.group(1));
				payments++;
			}
			assertThat(payments).isPositive();
			String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
			assertThat(pageText(document, document.getNumberOfPages())).contains("Druppelbril", "versie 1", today,
					"Pagina " + document.getNumberOfPages() + " van " + document.getNumberOfPages());
			assertThat(pageText(document, 1)).contains("Rapport voor de stuurgroep", "Druppelbril", today);
			assertThat(pageText(document, 2)).contains("Samenvatting voor de stuurgroep", "De verrekening",
					"Is de verdeling stabiel?");
			// a page of its own for each party, its name on top
			int partyCount = parties.size() - 1;
			for (String party : parties.subList(0, partyCount)) {
				assertThat(firstPageStartingWith(document, party)).as(party).isPositive();
			}
			// cover, summary, settlement, a page per party, charts, key figures, arrangements, conversation, annex
			assertThat(document.getNumberOfPages()).isBetween(8 + partyCount, 2 * partyCount + 20);
			assertThat(text).contains("Diagrammen", "Kengetallen en aannames", "Financieringsafspraken",
					"Het goede gesprek", "Bijlage: alle invoer");
		}
	}

	private static int firstPageStartingWith(PDDocument document, String heading) throws IOException {
		for (int page = 1; page <= document.getNumberOfPages(); page++) {
			if (pageText(document, page).startsWith(heading + " (")) {
				return page;
			}
		}
		return -1;
	}

	@Test
	void theReportIsATaggedA4DocumentWithItsTitleLanguageAndEmbeddedFonts() throws IOException {
		Opened c = open("cases/druppelbril.json", "nl-NL");

		try (PDDocument document = pdf(c.browser().download(c.url() + "/report.pdf"))) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Rapport voor de stuurgroep: Druppelbril in thuiszorg en verpleeghuis");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			// it says that it is meant to be PDF/UA, and a reader shows its title rather than its file name
			assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(),
					java.nio.charset.StandardCharsets.UTF_8)).contains("pdfuaid:part>1<");
			assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
			PDPage first = document.getPage(0);
			// A4: 210 x 297 mm in points
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
			List<String> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSans"));
			assertThat(text(document)).contains("€");
		}
	}

	@Test
	void inEnglishWhenAskedFor() throws IOException {
		Opened c = open("cases/druppelbril.json", "nl-NL");

		try (PDDocument document = pdf(c.browser().download(c.url() + "/report.pdf?lang=en"))) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
			assertThat(text(document)).contains("Report for the steering group", "Summary for the steering group",
					"version 1", "Page 1 of");
		}
	}

	@Test
	void theKeyRisksComeFromTheUncertaintyRunOfThisVersion() throws IOException {
		Opened c = open("cases-v2/valpreventie-hib.json", "nl-NL");
		try (PDDocument before = pdf(c.browser().download(c.url() + "/report.pdf"))) {
			assertThat(pageText(before, 2)).contains("nog geen onzekerheidsanalyse gedraaid");
		}
		Api api = c.owner().api();
		String run = api.post("/api/v1" + c.url() + "/simulations", "").header("Location").orElseThrow();
		until(api, run);

		try (PDDocument after = pdf(c.browser().download(c.url() + "/report.pdf"))) {
			keep(after, "valpreventie-hib");
			String summary = pageText(after, 2);
			assertThat(summary).contains("trekkingen van de onzekerheidsanalyse van deze versie",
					"Zorgaanbieders samen: kans op verlies");
			String text = text(after);
			assertThat(text).contains("Geldstromen van financier naar zorgaanbieder", "Health impact bond");
			// the annex has every input: also what was realised and what is uncertain
			assertThat(text).contains("Gerealiseerde cijfers", "Realisatie eerste jaar: minder deelnemers geworven",
					"2026 activiteit", "560", "Onzekere waarden", "driehoek");
		}
	}

	/**
	 * The arrangements, the scenarios, the realisation and the uncertainty have chapters of their own, with the
	 * figures of the pages that show them (each table row of those pages is a line of the PDF).
	 */
	@Test
	void theScenariosRealisationAndUncertaintyHaveTheFiguresOfTheirPages() throws IOException {
		Opened c = open("cases-v2/valpreventie-hib.json", "nl-NL");
		Api api = c.owner().api();
		until(api, api.post("/api/v1" + c.url() + "/simulations", "").header("Location").orElseThrow());
		Map<String, String> pages = Map.of("Scenario's", c.browser().get(c.url() + "/scenarios").body(),
				"Realisatie", c.browser().get(c.url() + "/realisatie").body(),
				"Onzekerheid", c.browser().get(c.url() + "/onzekerheid").body(),
				"Financieringsafspraken", c.browser().get(c.url() + "/afspraken").body());

		try (PDDocument document = pdf(c.browser().download(c.url() + "/report.pdf"))) {
			// a long name wraps in its cell: the words are what counts
			String text = text(document).replaceAll("\\s+", " ");
			pages.forEach((chapter, page) -> {
				assertThat(firstPageHeaded(document, chapter)).as(chapter).isPositive();
				List<String> rows = tableRows(page);
				assertThat(rows).as(chapter).hasSizeGreaterThan(5);
				for (String row : rows) {
					assertThat(text).as(chapter).contains(row);
				}
			});
			assertThat(text).contains("Gerealiseerd: 2026. De andere jaren volgen het plan.",
					"Zorgverzekeraar Zuid speelt quitte bij", "Kans dat de voorwaarde van Health impact bond gehaald wordt:");
			assertThat(pages.get("Onzekerheid")).contains("Kans dat de voorwaarde van Health impact bond gehaald wordt:");
		}
	}

	/** Every row of the tables of figures on a page: its name and its cells, as one line. */
	private static List<String> tableRows(String page) {
		List<String> rows = new ArrayList<>();
		Matcher table = Pattern.compile("<table class=\"figures\">(.*?)</table>", Pattern.DOTALL).matcher(page);
		while (table.find()) {
			Matcher row = Pattern.compile("<th scope=\"row\">([^<]+)</th>(.*?)</tr>", Pattern.DOTALL)
					.matcher(table.group(1));
			while (row.find()) {
				List<String> cells = new ArrayList<>(List.of(row.group(1).strip()));
				Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(2));
				while (cell.find()) {
					cells.add(cell.group(1).strip());
				}
				rows.add(String.join(" ", cells).replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " "));
			}
		}
		return rows;
	}

	/** The first page whose first line is the heading, or -1. */
	private static int firstPageHeaded(PDDocument document, String heading) {
		try {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				if (pageText(document, page).lines().findFirst().orElse("").equals(heading)) {
					return page;
				}
			}
			return -1;
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void until(Api api, String run) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (Instant.now().isBefore(deadline)) {
			JsonNode now = api.get(run).json();
			if (now.get("state").asString().equals("DONE")) {
				return;
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new AssertionError("the run did not finish: " + api.get(run).body());
	}

	@Test
	void aPersonWhoIsNoMemberGetsNoReport() {
		Opened c = open("cases/druppelbril.json", "nl-NL");
		User stranger = newUser("vreemde", "Elders");
		BrowserSession browser = new BrowserSession(port, stranger.username(), PASSWORD, "nl-NL");

		HttpResponse<byte[]> refused = browser.download(c.url() + "/report.pdf");

		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("%PDF");
	}

	@Test
	void theTwentyFivePartyCaseHasAPageForEachParty() throws IOException {
		Opened c = open("bench/large-25-parties.json", "nl-NL");

		try (PDDocument document = pdf(c.browser().download(c.url() + "/report.pdf"))) {
			keep(document, "large-25-parties");
			JsonNode parties = Api.JSON.readTree(SharedFiles.read("bench/large-25-parties.json")).get("parties");
			for (JsonNode party : parties) {
				assertThat(firstPageStartingWith(document, party.get("name").asString())).as(party.get("name").asString())
						.isPositive();
			}
			assertThat(document.getNumberOfPages()).isGreaterThan(8 + parties.size());
		}
	}
}
