package nl.ontschot.app.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.cases.BrowserSession;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;

/**
 * The intentieverklaring over the API: proposed once every party approved, signed by each party's
 * signatory, the case frozen while signing, the signed version kept with its hash while a new draft can be
 * made, and the declaration's PDF with every signature.
 */
class SignoffApiTest extends ApiTestBase {

	private static final String DOCUMENT = SharedFiles.read("cases/druppelbril.json");

	private User owner;
	private User viewer;
	private final Map<String, User> signatories = new LinkedHashMap<>();
	private String location;

	@BeforeEach
	void aCaseWithASignatoryPerParty() {
		owner = newUser("eigenaar", "Zorgverzekeraar Zuid");
		viewer = newUser("kijker", "Gemeente Noord");
		location = owner.api().post("/api/v1/cases", DOCUMENT).header("Location").orElseThrow();
		for (String party : new String[] { "thuiszorg", "verzekeraar", "verpleeghuis", "zorgkantoor" }) {
			User user = newUser(party, "Organisatie " + party);
			owner.api().put(location + "/members/" + user.username(),
					"{\"role\": \"EDITOR\", \"party\": \"" + party + "\"}");
			signatories.put(party, user);
		}
		owner.api().put(location + "/members/" + viewer.username(), "{\"role\": \"VIEWER\"}");
	}

	private Api.Response sign(User user, String party, String name) {
		return user.api().post(location + "/signoff/signatures",
				"{\"party\": \"" + party + "\", \"name\": \"" + name + "\", \"function\": \"directeur\"}");
	}

	/** Each party's signatory approves its own figures. */
	private void approveAll() {
		signatories.forEach((party, user) -> assertThat(user.api().post(location + "/approvals",
				"{\"party\": \"" + party + "\"}").status()).isEqualTo(200));
	}

	private Api.Response change() {
		String version = owner.api().get(location).header("ETag").orElseThrow();
		return owner.api().header("If-Match", version).put(location, DOCUMENT.replace("\"successRate\": 0.7}",
				"\"successRate\": 0.6}"));
	}

	@Test
	void everyPartySignsTheProposedVersionWhichStaysAsItWasWhileANewDraftIsMade() throws Exception {
		Api.Response early = owner.api().post(location + "/signoff", "");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("errors").get(0).get("message").asString()).contains("Thuiszorg Noord");
		approveAll();

		JsonNode proposed = owner.api().post(location + "/signoff", "").json();
		String stored = owner.api().get(location + "/versions/1").body();
		assertThat(proposed.get("version").asInt()).isEqualTo(1);
		assertThat(proposed.get("hash").asString()).isEqualTo(sha256(stored));
		assertThat(proposed.get("signed").asBoolean()).isFalse();

		// nobody changes what is being signed, and only a party's own signatory signs for it
		Api.Response frozen = change();
		assertThat(frozen.status()).isEqualTo(409);
		assertThat(frozen.json().get("errors").get(0).get("message").asString()).contains("ter ondertekening");
		assertThat(sign(viewer, "thuiszorg", "Kijker").status()).isEqualTo(403);
		assertThat(sign(signatories.get("thuiszorg"), "verzekeraar", "Iemand").status()).isEqualTo(403);
		// every party has a member of its own here: the owner signs for none of them
		assertThat(sign(owner, "verzekeraar", "Eigenaar").status()).isEqualTo(403);
		assertThat(signatories.get("thuiszorg").api().post(location + "/signoff/signatures",
				"{\"party\": \"thuiszorg\", \"name\": \"\", \"function\": \"\"}").status()).isEqualTo(400);

		// the owner approves for no party that has a member of its own, and who works for whom stays as it is
		assertThat(owner.api().post(location + "/approvals", "{\"party\": \"thuiszorg\"}").status()).isEqualTo(403);
		Api.Response rebind = owner.api().put(location + "/members/" + signatories.get("verzekeraar").username(),
				"{\"role\": \"VIEWER\"}");
		assertThat(rebind.status()).isEqualTo(409);
		assertThat(rebind.json().get("errors").get(0).get("message").asString()).contains("wie voor welke partij werkt");
		// a name is plain text: no control characters, nothing that turns the reading direction, not endless
		for (String name : new String[] { "Piet\\u0000", "Jan\\u202e Jansen", "regel\\nregel", "x".repeat(201) }) {
			assertThat(sign(signatories.get("thuiszorg"), "thuiszorg", name).status()).as(name).isEqualTo(400);
		}
		signatories.forEach((party, user) -> assertThat(sign(user, party, "Tekenaar " + party).status()).isEqualTo(200));
		assertThat(sign(signatories.get("thuiszorg"), "thuiszorg", "Nog eens").status()).isEqualTo(409);
		JsonNode signed = viewer.api().get(location + "/signoff").json();
		assertThat(signed.get("signed").asBoolean()).isTrue();
		assertThat(signed.get("signatures").findValuesAsString("name")).containsExactly("Tekenaar thuiszorg",
				"Tekenaar verzekeraar", "Tekenaar verpleeghuis", "Tekenaar zorgkantoor");
		assertThat(signed.get("signatures").findValuesAsString("hash")).containsOnly(sha256(stored));
		assertThat(signed.get("signatures").get(0).get("organisation").asString()).isEqualTo("Organisatie thuiszorg");

		// a new draft: the signed version stays as it was, with its signatures
		assertThat(change().status()).isEqualTo(200);
		assertThat(owner.api().get(location + "/versions/1").body()).isEqualTo(stored);
		assertThat(owner.api().get(location + "/signoff").json().get("version").asInt()).isEqualTo(1);
		assertThat(owner.api().delete(location + "/signoff").status()).isEqualTo(409);
		// what every party signed stays: the owner cannot delete the case
		assertThat(owner.api().delete(location).status()).isEqualTo(409);
		assertThat(owner.api().get(location).status()).isEqualTo(200);
		assertThat(owner.api().get(location + "/audit").json().findValuesAsString("action"))
				.containsSubsequence("PROPOSE", "SIGN", "SIGN", "SIGN", "SIGN", "UPDATE");
		assertThat(new BrowserSession(port, viewer.username(), PASSWORD, "nl-NL").get(location.replace("/api/v1", "")
				+ "/geschiedenis").body()).contains("legde versie 1 voor ter ondertekening", "tekende namens Thuiszorg Noord");

		Api.Response api = viewer.api().get(location + "/signoff/intentieverklaring.pdf");
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.header("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		byte[] pdf = new BrowserSession(port, viewer.username(), PASSWORD, "nl-NL")
				.download(location.replace("/api/v1", "") + "/ondertekening/intentieverklaring.pdf").body();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Intentieverklaring", "versie 1", sha256(stored), "Tekenaar thuiszorg",
					"Tekenaar zorgkantoor", "directeur", "Organisatie verpleeghuis");
		}
	}

	@Test
	void theOwnerWithdrawsAProposalAndTheCaseCanBeChangedAgain() {
		approveAll();
		assertThat(signatories.get("thuiszorg").api().post(location + "/signoff", "").status()).isEqualTo(403);
		assertThat(owner.api().post(location + "/signoff", "").status()).isEqualTo(200);
		assertThat(signatories.get("thuiszorg").api().delete(location + "/signoff").status()).isEqualTo(403);

		String list = new BrowserSession(port, owner.username(), PASSWORD, "nl-NL")
				.get(location.replace("/api/v1", "") + "/goedkeuringen/overzicht").body();
		assertThat(list).contains("versie 1 ter ondertekening");
		assertThat(owner.api().delete(location + "/signoff").status()).isEqualTo(204);

		assertThat(change().status()).isEqualTo(200);
		assertThat(owner.api().get(location + "/signoff").status()).isEqualTo(404);
		User stranger = newUser("vreemde", "Woningcorporatie Oost");
		assertThat(stranger.api().get(location + "/signoff").status()).isEqualTo(404);
	}

	@Test
	void theSignOffPageProposesAndSigns() {
		approveAll();
		String page = location.replace("/api/v1", "") + "/ondertekening";
		BrowserSession ownerBrowser = new BrowserSession(port, owner.username(), PASSWORD, "nl-NL");
		assertThat(ownerBrowser.get(page).body()).contains("Versie 1 voorleggen ter ondertekening");
		ownerBrowser.post(page + "/voorleggen", Map.of());

		// every page says the case is being signed, and a field saved meanwhile says why it was not
		ownerBrowser.get(location.replace("/api/v1", "") + "/activiteiten");
		assertThat(ownerBrowser.get(location.replace("/api/v1", "") + "/goedkeuringen").body())
				.contains("Versie 1 ligt ter ondertekening voor");
		String field = ownerBrowser.post(location.replace("/api/v1", "") + "/field", Map.of("path",
				"activities[0].future.volume", "value", "7", "original", "6.0")).body();
		assertThat(field).contains("ligt ter ondertekening voor en kan nu niet worden gewijzigd");
		assertThat(owner.api().get(location).header("ETag").orElseThrow()).isEqualTo("\"1\"");

		BrowserSession thuiszorg = new BrowserSession(port, signatories.get("thuiszorg").username(), PASSWORD, "nl-NL");
		assertThat(thuiszorg.get(page).body()).contains("Versie 1 is voorgelegd ter ondertekening",
				"Ondertekenen namens Thuiszorg Noord").doesNotContain("voorleggen ter ondertekening<");
		thuiszorg.post(page + "/ondertekenen", Map.of("party", "thuiszorg", "name", "Anna de Vries",
				"function", "bestuurder"));
		String after = thuiszorg.get(page).body();
		assertThat(after).contains("Anna de Vries", "bestuurder", "Nog te tekenen namens:")
				.doesNotContain("Ondertekenen namens Thuiszorg Noord");
	}

	private static String sha256(String text) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
