package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import nl.ontschot.app.Api;
import nl.ontschot.engine.SharedFiles;

/**
 * A case downloaded as its JSON from a step page, and that file read in again as a new case; the steering
 * group's report downloaded from a step page.
 */
class CaseFilesE2eTest extends BrowserTestBase {

	@Test
	void aDownloadedCaseIsReadInAgainAsANewCase() throws Exception {
		String document = SharedFiles.read("cases-v2/ketenzorg-diabetes-bundel.json");
		String location = admin().post("/api/v1/cases", document).header("Location").orElseThrow();
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");
		page.navigate("http://localhost:" + port + location.replace("/api/v1", "") + "/overview");

		Download download = page.waitForDownload(() -> page.getByText("Downloaden (JSON)").click());
		Path file = Path.of("target", "e2e", download.suggestedFilename());
		download.saveAs(file);
		assertThat(Files.readString(file)).isEqualTo(document);

		page.navigate("http://localhost:" + port + "/cases");
		page.getByLabel("Bestand (JSON)").setInputFiles(file);
		page.getByText("Inlezen als nieuwe casus").click();
		page.waitForURL("**/overview");
		assertThat(page.locator("h1")).hasText("Overzicht");
		assertThat(page.locator(".case-name")).containsText(Api.JSON.readTree(document).get("name").asString());
		assertThat(Browser.seriousViolations(page)).isEmpty();
	}

	@Test
	void theSteeringGroupsReportIsDownloadedFromAStepPage() throws Exception {
		String location = admin().post("/api/v1/cases", SharedFiles.read("cases-v2/valpreventie-hib.json"))
				.header("Location").orElseThrow();
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");
		page.navigate("http://localhost:" + port + location.replace("/api/v1", "") + "/verdeling");

		Download download = page.waitForDownload(() -> page.getByText("Rapport (PDF)").click());
		Path file = Path.of("target", "e2e", download.suggestedFilename());
		download.saveAs(file);

		assertThat(download.suggestedFilename()).isEqualTo("Valpreventie-met-een-health-impact-bond.pdf");
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Rapport voor de stuurgroep",
					"Valpreventie met een health impact bond", "Samenvatting voor de stuurgroep");
		}
	}
}
