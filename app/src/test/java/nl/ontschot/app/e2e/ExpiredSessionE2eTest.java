package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import nl.ontschot.engine.SharedFiles;

/** A field saved in the background after the session expired says that it was not saved. */
class ExpiredSessionE2eTest extends BrowserTestBase {

	@Test
	void aFieldSavedAfterTheSessionEndedSaysItWasNotSaved() {
		String location = admin().post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json"))
				.header("Location").orElseThrow();
		Page page = loggedIn("admin", ADMIN_PASSWORD, "nl-NL");
		page.navigate("http://localhost:" + port + location.replace("/api/v1", "") + "/kengetallen");

		page.context().clearCookies();
		Locator rate = page.locator("#input-discountRate");
		rate.fill("5");
		rate.press("Tab");

		assertThat(page.locator(".request-refused")).containsText("Niet opgeslagen: de pagina is verlopen");
		org.assertj.core.api.Assertions.assertThat(admin().get(location).json().get("discountRate").asDouble())
				.isNotEqualTo(0.05);
	}
}
