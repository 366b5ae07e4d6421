package nl.ontschot.app.collaboration.internal;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.web.Attachments;
import nl.ontschot.app.web.ErrorAnswers;
import nl.ontschot.app.web.StatusException;

/** The intentieverklaring over the API: propose a version, sign it per party, read it, download it. */
@RestController
@RequestMapping("/api/v1/cases/{id}/signoff")
@Tag(name = "Sign-off", description = "The intentieverklaring: the owner proposes the latest version when every "
		+ "party approved its figures; each party's signatory signs it; the signed version is kept as it was")
class SignoffApiController {

	private final Signoffs signoffs;
	private final Intentieverklaring declaration;

	SignoffApiController(Signoffs signoffs, Intentieverklaring declaration) {
		this.signoffs = signoffs;
		this.declaration = declaration;
	}

	/** A signature in a party's name: who signs, and in what function. */
	record SignatureRequest(String party, String name, String function) {
	}

	@GetMapping
	@Operation(summary = "The proposed or signed version, its content hash (SHA-256 of the version's document as "
			+ "stored), the signatures and the parties that have not signed")
	@ApiResponse(responseCode = "200", description = "The latest proposal")
	@ErrorAnswers(404)
	Signoff get(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		return signoffs.of(user.userId(), id).orElseThrow(() -> new StatusException(404, "signoff.none"));
	}

	@PostMapping
	@Operation(summary = "Propose the latest version for signature (owners only, when every party approved its "
			+ "own figures); the case cannot be changed until every party signed or the proposal is withdrawn")
	@ApiResponse(responseCode = "200", description = "The proposal")
	@ErrorAnswers({ 403, 404, 409 })
	Signoff propose(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		return signoffs.propose(user.userId(), id);
	}

	@DeleteMapping
	@Operation(summary = "Withdraw a proposal not every party signed yet (owners only)")
	@ApiResponse(responseCode = "204", description = "Withdrawn")
	@ErrorAnswers({ 403, 404, 409 })
	ResponseEntity<Void> withdraw(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		signoffs.withdraw(user.userId(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/signatures")
	@Operation(summary = "Sign the proposed version in a party's name (a member bound to that party)")
	@ApiResponse(responseCode = "200", description = "The proposal with the signatures so far")
	@ErrorAnswers({ 400, 403, 404, 409 })
	Signoff sign(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestBody SignatureRequest request) {
		return signoffs.sign(user.userId(), id, request.party(), request.name(), request.function());
	}

	@GetMapping(path = "/intentieverklaring.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The intentieverklaring as a PDF: the agreement of the proposed version and the signatures")
	@ApiResponse(responseCode = "200", description = "The PDF")
	@ErrorAnswers(404)
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Locale locale) {
		Signoff signoff = get(user, id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header("Content-Disposition", Attachments.disposition("intentieverklaring versie "
						+ signoff.version(), "pdf"))
				.body(declaration.of(user.userId(), id, signoff, locale));
	}
}
