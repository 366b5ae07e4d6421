package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Two organisations in two browsers: each approves its own figures; when thuiszorg changes a figure of its
 * own activity its approval is withdrawn and it says why in a comment, and verpleeghuis sees that beside its
 * own approval, which stands, with the comment thread and a notification of its mention.
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

		// a says why, in a comment on its activity, and mentions b
		a.navigate(page.replace("/activiteiten", "/opmerkingen"));
		a.getByLabel("Over").selectOption("activities.druppelen-thuis");
		a.getByLabel("Opmerking", new Page.GetByLabelOptions().setExact(true))
				.fill("Minder druppelen na de instructie. @" + verpleeghuis.username());
		a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plaatsen")).click();
		assertThat(a.locator(".thread")).containsText("Minder druppelen na de instructie.");
		assertThat(Browser.seriousViolations(a)).isEmpty();

		b.reload();
		assertThat(b.locator("#approval-thuiszorg .state")).hasText("gewijzigd sinds goedkeuring");
		// added to the case, and mentioned
		assertThat(b.locator(".notifications-link .badge")).hasText("2");
		b.locator(".open-comments a").click();
		assertThat(b.locator(".thread")).containsText("activiteit Hulp bij oogdruppelen thuis");
		assertThat(b.locator(".thread")).containsText("Minder druppelen na de instructie.");
		b.goBack();
		// the line itself carries a badge that leads to its thread
		Locator badge = b.locator("[data-comment-target='activities.druppelen-thuis'] .comment-badge");
		assertThat(badge).hasText("1 open opmerking");
		badge.click();
		assertThat(b.getByLabel("Over")).hasValue("activities.druppelen-thuis");
		b.goBack();
		assertThat(b.locator("#approval-thuiszorg")).containsText("Versie 2 wijzigde de eigen cijfers");
		assertThat(b.locator("#approval-verpleeghuis .state")).hasText("cijfers goedgekeurd");
		assertThat(Browser.seriousViolations(b)).isEmpty();
		Browser.screenshot(b, "goedkeuring-ingetrokken");

		b.navigate("http://localhost:" + port + "/cases");
		assertThat(b.locator(".approval-summary summary").first()).hasText("1 goedgekeurd, 1 gewijzigd, 2 nog niet");
		assertThat(Browser.seriousViolations(b)).isEmpty();
	}
}
