package nl.ontschot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.cases.BrowserSession;
import nl.ontschot.app.web.internal.LanguageController;

/** Nederlands / English in the header: chosen once, remembered over the browser's own language. */
class LanguageTest extends ApiTestBase {

	@Test
	void aLanguageChosenOnThePagesIsRememberedOverTheBrowsers() {
		User user = newUser("taal", "Gemeente Noord");
		BrowserSession browser = new BrowserSession(port, user.username(), PASSWORD, "nl-NL");
		assertThat(browser.get("/cases").body()).contains("Casussen", "English");

		HttpResponse<String> chosen = browser.post("/taal", Map.of("taal", "en"));

		assertThat(chosen.statusCode()).isEqualTo(302);
		assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/cases");
		assertThat(chosen.headers().firstValue("Set-Cookie").orElseThrow()).contains("ontschot-taal=en", "HttpOnly");
		// the browser still asks for Dutch: the choice wins
		String page = browser.get("/cases").body();
		assertThat(page).contains("lang=\"en\"", "Cases").doesNotContain(">Casussen<");
		browser.post("/taal", Map.of("taal", "nl"));
		assertThat(browser.get("/cases").body()).contains(">Casussen<");
	}

	@Test
	void backToThePageItCameFromAndNeverToAnotherSite() {
		assertThat(LanguageController.back("http://localhost:8080/cases/1/overview?x=1")).isEqualTo("/cases/1/overview?x=1");
		assertThat(LanguageController.back("https://kwaad.example/phish")).isEqualTo("/phish");
		assertThat(LanguageController.back("//kwaad.example/phish")).isEqualTo("/phish");
		assertThat(LanguageController.back(null)).isEqualTo("/cases");
		assertThat(LanguageController.back("niet een adres met spaties")).isEqualTo("/cases");
	}
}
