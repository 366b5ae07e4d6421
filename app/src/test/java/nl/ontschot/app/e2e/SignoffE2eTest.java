package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Two organisations and the owner in three browsers: both approve their figures, the owner proposes the
 * version, both sign it (the owner signs for the parties nobody at the table works for), and the
 * intentieverklaring they download lists the signatures.
 */
class SignoffE2eTest extends BrowserTestBase {

	@Test
	void bothPartiesApproveTheOwnerProposesBothSignAndThePdfListsTheSignatures() throws Exception {
		User owner = newUser("eigenaar", "Zorgverzekeraar Zuid");
		User thuiszorg = newUser("thuiszorg", "Thuiszorg Noord");
		User verpleeghuis = newUser("verpleeghuis", "Verpleeghuis De Linde");
		String location = owner.api().post("/api/v1/cases?template=druppelbril", "").header("Location").orElseThrow();
		owner.api().put(location + "/members/" + thuiszorg.username(), "{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}");
		owner.api().put(location + "/members/" + verpleeghuis.username(),
				"{\"role\": \"EDITOR\", \"party\": \"verpleeghuis\"}");
		// the two parties without a member of their own: the table's owner approves for them
		owner.api().post(location + "/approvals", "{\"party\": \"verzekeraar\"}");
		owner.api().post(location + "/approvals", "{\"party\": \"zorgkantoor\"}");
		String base = "http://localhost:" + port + location.replace("/api/v1", "");
		Page a = loggedIn(thuiszorg.username(), PASSWORD, "nl-NL");
		Page b = loggedIn(verpleeghuis.username(), PASSWORD, "nl-NL");
		Page o = loggedIn(owner.username(), PASSWORD, "nl-NL");

		a.navigate(base + "/overview");
		a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onze cijfers kloppen (Thuiszorg Noord)")).click();
		assertThat(a.locator("#approval-thuiszorg .state")).hasText("cijfers goedgekeurd");
		b.navigate(base + "/overview");
		b.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Onze cijfers kloppen (VVT-instelling De Linde)")).click();
		assertThat(b.locator("#approval-verpleeghuis .state")).hasText("cijfers goedgekeurd");

		o.navigate(base + "/overview");
		o.getByText("Ondertekening").first().click();
		o.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versie 1 voorleggen ter ondertekening")).click();
		assertThat(o.locator("#signoff")).containsText("Versie 1 is voorgelegd ter ondertekening");

		for (Page signer : new Page[] { a, b }) {
			signer.navigate(base + "/ondertekening");
			signer.getByLabel("Naam").fill(signer == a ? "Anna de Vries" : "Bert Bakker");
			signer.getByLabel("Functie").fill("bestuurder");
			signer.locator(".sign button").click();
			assertThat(signer.locator("#signoff")).containsText(signer == a ? "Anna de Vries" : "Bert Bakker");
		}
		// the owner signs for the two parties that nobody at the table works for
		o.reload();
		for (String party : new String[] { "verzekeraar", "zorgkantoor" }) {
			o.locator("#sign-" + party + " input[name=function]").fill("voorzitter stuurgroep");
			o.locator("#sign-" + party + " button").click();
		}
		assertThat(o.locator("#signoff")).containsText("Versie 1 is door alle partijen ondertekend");
		assertThat(Browser.seriousViolations(o)).isEmpty();
		Browser.screenshot(o, "ondertekend");

		o.navigate("http://localhost:" + port + "/cases");
		assertThat(o.locator(".approval-summary summary").first()).containsText("versie 1 ondertekend");
		o.navigate(base + "/ondertekening");
		Download download = o.waitForDownload(() -> o.getByText("Intentieverklaring (PDF)").click());
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Intentieverklaring", "Anna de Vries", "Bert Bakker", "Thuiszorg Noord",
					"VVT-instelling De Linde", "Zorgverzekeraar Zuid (namens de tafel, door de eigenaar)");
		}
	}
}
