package nl.ontschot.app.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.cases.BrowserSession;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;

/**
 * Each party approves its own figures (druppelbril: thuiszorg and verpleeghuis, each through a member bound
 * to it); a change to a party's own figures withdraws its approval, a change to another party's does not.
 */
class ApprovalApiTest extends ApiTestBase {

	private static final String DOCUMENT = SharedFiles.read("cases/druppelbril.json");

	private User owner;
	private User thuiszorg;
	private User verpleeghuis;
	private User viewer;
	private String location;

	@BeforeEach
	void aCaseWithTwoPartyBoundEditorsAndAViewer() {
		owner = newUser("eigenaar", "Zorgverzekeraar Zuid");
		thuiszorg = newUser("thuiszorg", "Thuiszorg Noord");
		verpleeghuis = newUser("verpleeghuis", "Verpleeghuis De Linde");
		viewer = newUser("kijker", "Gemeente Noord");
		location = owner.api().post("/api/v1/cases", DOCUMENT).header("Location").orElseThrow();
		owner.api().put(location + "/members/" + thuiszorg.username(), "{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}");
		owner.api().put(location + "/members/" + verpleeghuis.username(),
				"{\"role\": \"EDITOR\", \"party\": \"verpleeghuis\"}");
		owner.api().put(location + "/members/" + viewer.username(), "{\"role\": \"VIEWER\"}");
	}

	private Api.Response approve(User user, String party) {
		return user.api().post(location + "/approvals", "{\"party\": \"" + party + "\"}");
	}

	private JsonNode approval(String party) {
		for (JsonNode a : viewer.api().get(location + "/approvals").json()) {
			if (a.get("party").asString().equals(party)) {
				return a;
			}
		}
		throw new AssertionError("no party " + party);
	}

	private void change(User user, String from, String to) {
		String current = owner.api().get(location).body();
		assertThat(current).contains(from);
		String version = owner.api().get(location).header("ETag").orElseThrow();
		assertThat(user.api().header("If-Match", version).put(location, current.replace(from, to)).status())
				.isEqualTo(200);
	}

	@Test
	void aChangeToAPartysOwnFiguresWithdrawsItsApprovalAndNotAnotherPartys() {
		assertThat(approval("thuiszorg").get("status").asString()).isEqualTo("NOT_APPROVED");
		assertThat(approve(thuiszorg, "thuiszorg").status()).isEqualTo(200);
		assertThat(approve(verpleeghuis, "verpleeghuis").status()).isEqualTo(200);
		assertThat(approval("thuiszorg").get("status").asString()).isEqualTo("APPROVED");
		assertThat(approval("thuiszorg").get("version").asInt()).isEqualTo(1);
		assertThat(approval("thuiszorg").get("approvedBy").asString()).isEqualTo(thuiszorg.username());

		// thuiszorg's own item: its approval goes, verpleeghuis's stays
		change(thuiszorg, "\"fte\": 0.2, \"costPerFte\": 65000", "\"fte\": 0.3, \"costPerFte\": 65000");

		JsonNode withdrawn = approval("thuiszorg");
		assertThat(withdrawn.get("status").asString()).isEqualTo("CHANGED_SINCE_APPROVAL");
		assertThat(withdrawn.get("version").asInt()).isEqualTo(1);
		assertThat(withdrawn.get("changedIn").asInt()).isEqualTo(2);
		assertThat(approval("verpleeghuis").get("status").asString()).isEqualTo("APPROVED");

		// an item the key divides over every party: everyone's figures change
		change(owner, "\"amount\": 20000, \"allocation\": \"gelijk\"", "\"amount\": 25000, \"allocation\": \"gelijk\"");

		assertThat(approval("verpleeghuis").get("status").asString()).isEqualTo("CHANGED_SINCE_APPROVAL");
		assertThat(approval("verpleeghuis").get("changedIn").asInt()).isEqualTo(3);
		// approved again: for the latest version
		assertThat(approve(verpleeghuis, "verpleeghuis").status()).isEqualTo(200);
		assertThat(approval("verpleeghuis").get("status").asString()).isEqualTo("APPROVED");
		assertThat(approval("verpleeghuis").get("version").asInt()).isEqualTo(3);
		assertThat(owner.api().get(location + "/audit").json().findValuesAsString("action"))
				.containsSubsequence("APPROVE", "APPROVE", "UPDATE", "UPDATE", "APPROVE");
	}

	@Test
	void onlyTheOwnerAndAMemberBoundToThePartyApprove() {
		assertThat(approve(viewer, "thuiszorg").status()).isEqualTo(403);
		assertThat(approve(thuiszorg, "verpleeghuis").status()).isEqualTo(403);
		assertThat(approve(thuiszorg, "nergens").status()).isEqualTo(400);
		assertThat(thuiszorg.api().post(location + "/approvals", "{}").status()).isEqualTo(400);
		User stranger = newUser("vreemde", "Woningcorporatie Oost");
		assertThat(approve(stranger, "thuiszorg").status()).isEqualTo(404);
		assertThat(stranger.api().get(location + "/approvals").status()).isEqualTo(404);
		assertThat(approval("verpleeghuis").get("status").asString()).isEqualTo("NOT_APPROVED");

		Api.Response refused = approve(thuiszorg, "verpleeghuis");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
				.contains("een lid dat voor haar werkt", "waarvoor niemand aan tafel werkt");
		// nor the owner, for a party a member works for
		assertThat(approve(owner, "thuiszorg").status()).isEqualTo(403);
		// the table's owner approves for a party nobody works for, and the history says so
		assertThat(approve(owner, "zorgkantoor").status()).isEqualTo(200);
		assertThat(approval("zorgkantoor").get("status").asString()).isEqualTo("APPROVED");
		assertThat(owner.api().get(location + "/audit").body()).contains("APPROVE_ON_BEHALF");
		assertThat(new nl.ontschot.app.cases.BrowserSession(port, owner.username(), PASSWORD, "nl-NL")
				.get(location.replace("/api/v1", "") + "/geschiedenis").body()).contains("keurde namens de tafel de cijfers van");
	}

	/** The strip above every step: each party's state in words, a button only for what the person may approve. */
	@Test
	void theStripOfAStepShowsEachPartyAndApprovesForTheOwnPartyOnly() {
		BrowserSession browser = new BrowserSession(port, thuiszorg.username(), PASSWORD, "nl-NL");
		String strip = location.replace("/api/v1", "") + "/goedkeuringen";

		String before = browser.get(strip).body();
		assertThat(before).contains("Goedkeuring van de eigen cijfers", "nog niet goedgekeurd",
				"Onze cijfers kloppen (Thuiszorg Noord)").doesNotContain("Onze cijfers kloppen (Verpleeghuis");
		String after = browser.post(strip, Map.of("party", "thuiszorg")).body();
		assertThat(after).contains("cijfers goedgekeurd", "(versie 1, door " + thuiszorg.username())
				.doesNotContain("Onze cijfers kloppen (Thuiszorg Noord)");
		assertThat(browser.post(strip, Map.of("party", "verpleeghuis")).statusCode()).isEqualTo(403);
		assertThat(approval("verpleeghuis").get("status").asString()).isEqualTo("NOT_APPROVED");

		change(thuiszorg, "\"fte\": 0.2, \"costPerFte\": 65000", "\"fte\": 0.3, \"costPerFte\": 65000");
		assertThat(browser.get(strip).body()).contains("gewijzigd sinds goedkeuring",
				"Versie 2 wijzigde de eigen cijfers: de goedkeuring is ingetrokken.",
				"Onze cijfers kloppen (Thuiszorg Noord)");
	}

	/** An arrangement a party takes part in is its own figure: changing its terms withdraws its approval. */
	@Test
	void aChangeToAnArrangementWithdrawsTheApprovalOfThePartiesInItOnly() {
		String hib = SharedFiles.read("cases-v2/valpreventie-hib.json");
		String at = owner.api().post("/api/v1/cases", hib).header("Location").orElseThrow();
		for (String party : new String[] { "investeerder", "fysio" }) {
			assertThat(owner.api().post(at + "/approvals", "{\"party\": \"" + party + "\"}").status()).isEqualTo(200);
		}
		assertThat(hib).contains("\"returnRate\": 0.06");
		String version = owner.api().get(at).header("ETag").orElseThrow();
		assertThat(owner.api().header("If-Match", version).put(at, hib.replace("\"returnRate\": 0.06",
				"\"returnRate\": 0.04")).status()).isEqualTo(200);

		JsonNode all = owner.api().get(at + "/approvals").json();
		for (JsonNode a : all) {
			if (a.get("party").asString().equals("investeerder")) {
				assertThat(a.get("status").asString()).isEqualTo("CHANGED_SINCE_APPROVAL");
			}
			if (a.get("party").asString().equals("fysio")) {
				assertThat(a.get("status").asString()).isEqualTo("APPROVED");
			}
		}
	}
}
