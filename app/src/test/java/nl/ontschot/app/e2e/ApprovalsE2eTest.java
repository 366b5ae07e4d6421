package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Two organisations in two browsers: each approves its own figures; when thuiszorg changes a figure of its
 * own activity its approval is withdrawn, and verpleeghuis sees that beside its own approval, which stands.
 */
class ApprovalsE2eTest extends BrowserTestBase {

	@Test
	void aPartyChangesItsFigureAndTheOtherSeesItsApprovalWithdrawn() {
		User owner = newUser("eigenaar", "Zorgverzekeraar Zuid");
		User thuiszorg = newUser("thuiszorg", "Thuiszorg Noord");
		User verpleeghuis = newUser("verpleeghuis", "Verpleeghuis De Linde");
		String location = owner.api().post("/api/v1/cases?template=druppelbril", "").header("Location").orElseThrow();
		owner.api().put(location + "/members/" + thuiszorg.username(), "{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}");
		owner.api().put(location + "/members/" + verpleeghuis.username(),
				"{\"role\": \"EDITOR\", \"party\": \"verpleeghuis\"}");
		String page = "http://localhost:" + port + location.replace("/api/v1", "") + "/activiteiten";
		Page a = loggedIn(thuiszorg.username(), PASSWORD, "nl-NL");
		Page b = loggedIn(verpleeghuis.username(), PASSWORD, "nl-NL");
		a.navigate(page);
		b.navigate(page);

		a.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Onze cijfers kloppen (Thuiszorg Noord)")).click();
		assertThat(a.locator("#approval-thuiszorg .state")).hasText("cijfers goedgekeurd");
		b.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Onze cijfers kloppen (VVT-instelling De Linde)")).click();
		assertThat(b.locator("#approval-verpleeghuis .state")).hasText("cijfers goedgekeurd");
		// a party approves only for itself
		assertThat(b.locator("#approvals button")).hasCount(0);

		Locator volume = a.locator("#input-activities-0-future-volume");
		volume.fill("8");
		volume.dispatchEvent("change");
		assertThat(a.locator("#field-activities-0-future-volume .field-saved")).hasText("Opgeslagen");
		// the strip is loaded again after the save
		assertThat(a.locator("#approval-thuiszorg .state")).hasText("gewijzigd sinds goedkeuring");

		b.reload();
		assertThat(b.locator("#approval-thuiszorg .state")).hasText("gewijzigd sinds goedkeuring");
		assertThat(b.locator("#approval-thuiszorg")).containsText("Versie 2 wijzigde de eigen cijfers");
		assertThat(b.locator("#approval-verpleeghuis .state")).hasText("cijfers goedgekeurd");
		assertThat(Browser.seriousViolations(b)).isEmpty();
		Browser.screenshot(b, "goedkeuring-ingetrokken");

		b.navigate("http://localhost:" + port + "/cases");
		assertThat(b.locator(".approval-summary summary").first()).hasText("1 goedgekeurd, 1 gewijzigd, 2 nog niet");
		assertThat(Browser.seriousViolations(b)).isEmpty();
	}
}
