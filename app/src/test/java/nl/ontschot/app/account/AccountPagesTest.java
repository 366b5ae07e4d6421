package nl.ontschot.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.cases.BrowserSession;

/** Mijn account: one's own password changed in the browser, every problem beside its field. */
class AccountPagesTest extends ApiTestBase {

	@Test
	void aPasswordIsChangedInTheBrowserAndThePersonLogsInAgainWithIt() {
		User user = newUser("wachtwoord", "Gemeente Noord");
		BrowserSession browser = new BrowserSession(port, user.username(), PASSWORD, "nl-NL");
		assertThat(browser.get("/account").body()).contains("Mijn account", "Gemeente Noord", user.username());

		String wrong = browser.post("/account/wachtwoord", Map.of("currentPassword", "niet-het-wachtwoord",
				"newPassword", "een-nieuw-wachtwoord", "repeatPassword", "een-nieuw-wachtwoord")).body();
		assertThat(wrong).contains("Het huidige wachtwoord klopt niet.", "aria-invalid=\"true\"");
		browser.get("/account");
		assertThat(browser.post("/account/wachtwoord", Map.of("currentPassword", PASSWORD, "newPassword",
				"een-nieuw-wachtwoord", "repeatPassword", "iets-anders-nog")).body())
				.contains("De twee nieuwe wachtwoorden zijn niet gelijk.");
		browser.get("/account");
		assertThat(browser.post("/account/wachtwoord", Map.of("currentPassword", PASSWORD, "newPassword", "kort",
				"repeatPassword", "kort")).body()).contains("minstens 10 tekens");

		browser.get("/account");
		HttpResponse<String> changed = browser.post("/account/wachtwoord", Map.of("currentPassword", PASSWORD,
				"newPassword", "een-nieuw-wachtwoord", "repeatPassword", "een-nieuw-wachtwoord"));

		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/login?ended");
		// this session ended too; the new password logs in, the old one no longer does
		assertThat(browser.get("/account").statusCode()).isNotEqualTo(200);
		new BrowserSession(port, user.username(), "een-nieuw-wachtwoord", "nl-NL");
		assertThat(api().as(user.username(), PASSWORD).get("/api/v1/cases").status()).isEqualTo(401);
	}
}
