package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import nl.ontschot.app.workbook.WorkbookFiles;
import nl.ontschot.engine.SharedFiles;

/** The workbook downloaded from a step page, and a filled-in template read in as a new case. */
class WorkbookE2eTest extends BrowserTestBase {

	@Test
	void theWorkbookIsDownloadedAndAFilledInTemplateBecomesACase() throws Exception {
		String document = SharedFiles.read("cases-v2/valpreventie-hib.json");
		String location = admin().post("/api/v1/cases", document).header("Location").orElseThrow();
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");
		page.navigate("http://localhost:" + port + location.replace("/api/v1", "") + "/overview");
		page.getByText("Bijwerken uit Excel").click();
		// the top of the page: the case's name, its downloads and the open import form
		page.screenshot(new Page.ScreenshotOptions().setClip(0, 0, 1400, 440).setPath(Browser.SCREENSHOTS
				.resolve("40-werkmap-op-de-casus.png")));
		assertThat(Browser.seriousViolations(page)).isEmpty();

		Download download = page.waitForDownload(() -> page.getByText("Downloaden (Excel)").click());
		Path file = Path.of("target", "e2e", download.suggestedFilename());
		download.saveAs(file);
		assertThat(file.getFileName().toString()).endsWith(".xlsx");
		try (Workbook workbook = WorkbookFiles.open(Files.readAllBytes(file))) {
			assertThat(workbook.getSheet("Per jaar")).isNotNull();
			assertThat(workbook.getSheet("Realisatie")).isNotNull();
		}

		page.navigate("http://localhost:" + port + "/cases");
		Path template = Files.createDirectories(Path.of("target", "e2e")).resolve("ingevulde-invoer.xlsx");
		Files.write(template, WorkbookFiles.filledTemplate());
		page.getByLabel("Werkmap (.xlsx)").setInputFiles(template);
		page.locator("#workbook").screenshot(new Locator.ScreenshotOptions().setPath(Browser.SCREENSHOTS
				.resolve("41-werkmap-inlezen.png")));
		assertThat(Browser.seriousViolations(page)).isEmpty();
		page.getByText("Werkmap als nieuwe casus inlezen").click();
		page.waitForURL("**/overview");
		assertThat(page.locator("h1")).hasText("Overzicht");
		assertThat(page.locator(".case-name")).containsText("Uit Excel");
		Browser.screenshot(page, "42-casus-uit-werkmap");
	}
}
