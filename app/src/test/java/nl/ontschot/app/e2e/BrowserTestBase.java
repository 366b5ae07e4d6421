package nl.ontschot.app.e2e;

import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import com.microsoft.playwright.Page;

import nl.ontschot.app.ApiTestBase;

/**
 * A browser test: the running application and one Chromium for the test class, skipped (with the reason)
 * on a machine without Debian's Chromium.
 */
@Tag("e2e")
abstract class BrowserTestBase extends ApiTestBase {

	static Browser browser;

	@BeforeAll
	static void chromium() {
		Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM),
				"Skipped: the browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium); "
						+ ".ci/run installs it");
		browser = new Browser();
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	/** A new browser window in the given language, logged in as the given account, on the list of cases. */
	Page loggedIn(String username, String password, String locale) {
		Page page = browser.page(locale);
		page.navigate("http://localhost:" + port + "/login");
		page.getByLabel(locale.startsWith("nl") ? "Gebruikersnaam" : "Username").fill(username);
		page.getByLabel(locale.startsWith("nl") ? "Wachtwoord" : "Password").fill(password);
		page.locator("button[type=submit]").click();
		page.waitForURL("**/cases");
		return page;
	}
}
