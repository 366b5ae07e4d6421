package nl.ontschot.app.cases.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.StoredCase;
import nl.ontschot.app.cases.Views.AuditLine;
import nl.ontschot.app.cases.Views.CaseSummary;
import nl.ontschot.app.cases.Views.Member;
import nl.ontschot.app.cases.Views.MemberRequest;
import nl.ontschot.app.cases.Views.VersionInfo;
import nl.ontschot.app.web.ErrorAnswers;
import nl.ontschot.app.web.SchemaRefs;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.app.web.Utf8;
import nl.ontschot.engine.json.ResultJson;
import tools.jackson.databind.JsonNode;

/** The case API: documents in the format of calculation.md, versioned with ETag and If-Match. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Cases shared by organisations, with versions, members and an audit trail")
class CaseApiController {

	private final CaseService cases;

	CaseApiController(CaseService cases) {
		this.cases = cases;
	}

	record Saved(UUID id, int version) {
	}

	@GetMapping
	@Operation(operationId = "listCases", summary = "The cases the caller is a member of")
	@ErrorAnswers({})
	List<CaseSummary> list(@AuthenticationPrincipal AccountPrincipal user) {
		return cases.list(user.userId());
	}

	@PostMapping
	@Operation(summary = "Store a new case (UTF-8 JSON), or one from a template of the product with ?template=ID; "
			+ "the caller becomes owner")
	@ApiResponse(responseCode = "201", description = "Stored, at Location with ETag \"1\"")
	@ErrorAnswers({ 400, 404, 413, 415 })
	ResponseEntity<Saved> create(@AuthenticationPrincipal AccountPrincipal user,
			@RequestParam Optional<String> template, @Parameter(hidden = true) @RequestHeader HttpHeaders headers,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = "application/json", schema = @Schema(ref = SchemaRefs.CASE)))
			@RequestBody(required = false) byte[] document) throws HttpMediaTypeNotSupportedException {
		if (template.isPresent()) {
			return created(cases.createFromTemplate(user.userId(), template.get()));
		}
		if (document == null || document.length == 0) {
			throw new StatusException(400, "api.bodyRequired");
		}
		MediaType type = headers.getContentType();
		if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
			throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON));
		}
		return created(cases.create(user.userId(), Utf8.text(document)));
	}

	private static ResponseEntity<Saved> created(UUID id) {
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).eTag(etag(1)).body(new Saved(id, 1));
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The case document as it was saved, with its version as ETag")
	@ApiResponse(responseCode = "200", description = "The case document", content = @Content(
			schema = @Schema(ref = SchemaRefs.CASE)))
	@ErrorAnswers(404)
	ResponseEntity<String> get(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		StoredCase stored = cases.get(user.userId(), id);
		return ResponseEntity.ok().eTag(etag(stored.version())).contentType(MediaType.APPLICATION_JSON)
				.body(stored.document());
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Save a new version; If-Match must carry the version read (412 when someone saved in between)")
	@ErrorAnswers({ 400, 403, 404, 412, 413, 415, 428 })
	ResponseEntity<Saved> put(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestHeader("If-Match") String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = "application/json", schema = @Schema(ref = SchemaRefs.CASE)))
			@RequestBody byte[] document) {
		StoredCase saved = cases.update(user.userId(), id, version(ifMatch), Utf8.text(document));
		return ResponseEntity.ok().eTag(etag(saved.version())).body(new Saved(id, saved.version()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete the case (owners only); its audit trail is kept")
	@ErrorAnswers({ 403, 404 })
	void delete(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		cases.delete(user.userId(), id);
	}

	@GetMapping("/{id}/result")
	@Operation(summary = "The calculated result (calculation.md section 4)")
	@ApiResponse(responseCode = "200", description = "The result", content = @Content(
			schema = @Schema(ref = SchemaRefs.RESULT)))
	@ErrorAnswers({ 400, 404, 503 })
	JsonNode result(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		return ResultJson.tree(cases.result(user.userId(), id));
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "Every saved version, newest first")
	@ErrorAnswers(404)
	List<VersionInfo> versions(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		return cases.versions(user.userId(), id);
	}

	@GetMapping(path = "/{id}/versions/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "An earlier version of the case document")
	@ApiResponse(responseCode = "200", description = "The case document of that version", content = @Content(
			schema = @Schema(ref = SchemaRefs.CASE)))
	@ErrorAnswers(404)
	String version(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@PathVariable int version) {
		return cases.version(user.userId(), id, version);
	}

	@PostMapping("/{id}/versions/{version}/restore")
	@Operation(summary = "Make an earlier version the latest again, as a new version (owners and editors without a "
			+ "party; the write rules of any save apply); recorded in the audit trail as RESTORE")
	@ApiResponse(responseCode = "200", description = "The case's id and its latest version")
	@ErrorAnswers({ 403, 404, 409 })
	ResponseEntity<Saved> restore(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@PathVariable int version) {
		StoredCase saved = cases.restore(user.userId(), id, version);
		return ResponseEntity.ok().eTag(etag(saved.version())).body(new Saved(id, saved.version()));
	}

	@GetMapping("/{id}/audit")
	@Operation(summary = "The audit trail: who changed which field, when, from what to what")
	@ErrorAnswers(404)
	List<AuditLine> audit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		return cases.audit(user.userId(), id);
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "The members of the case with their roles")
	@ErrorAnswers(404)
	List<Member> members(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		return cases.members(user.userId(), id);
	}

	@PutMapping("/{id}/members/{account}")
	@Operation(summary = "Add or change a member (owners only); an editor may be bound to one party",
			description = """
			The account is named by its username or by its e-mail address (text with an '@' is looked up as an \
			address first). No e-mail is sent: the person finds the case in their list at their next login. An \
			unknown address gets the same answer as an unknown name; after ten of those in an hour, lookups \
			answer 429 for the rest of the hour. The answer names the member by username and organisation: an \
			address is set by the member's organisation and not verified.""")
	@ErrorAnswers({ 400, 403, 404, 409, 413, 415, 429 })
	Map<String, String> putMember(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@Parameter(description = "The username or e-mail address of the account") @PathVariable String account,
			@RequestBody MemberRequest request) {
		Member member = cases.putMember(user.userId(), id, account, request.role(),
				request.party() == null ? Optional.empty() : request.party());
		return Map.of("username", member.username(), "organisation", member.organisation(), "role",
				String.valueOf(request.role()));
	}

	@DeleteMapping("/{id}/members/{username}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a member (owners only); the last owner stays")
	@ErrorAnswers({ 403, 404, 409 })
	void removeMember(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@PathVariable String username) {
		cases.removeMember(user.userId(), id, username);
	}

	private static String etag(int version) {
		return "\"" + version + "\"";
	}

	/** The version in an If-Match header: {@code "3"}, {@code W/"3"} or {@code 3}. */
	private static int version(String ifMatch) {
		String v = ifMatch.strip();
		if (v.startsWith("W/")) {
			v = v.substring(2);
		}
		v = v.replace("\"", "");
		try {
			return Integer.parseInt(v);
		} catch (NumberFormatException e) {
			throw new StatusException(412, "case.ifMatchInvalid");
		}
	}
}
