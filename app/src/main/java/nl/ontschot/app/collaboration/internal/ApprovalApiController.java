package nl.ontschot.app.collaboration.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import nl.ontschot.app.web.ErrorAnswers;
import nl.ontschot.app.web.StatusException;

/** Each party's approval of its own figures, over the API. */
@RestController
@RequestMapping("/api/v1/cases/{id}/approvals")
@Tag(name = "Approvals", description = "Each party approves its own figures for a version; a later change to "
		+ "them withdraws the approval")
class ApprovalApiController {

	private final Approvals approvals;

	ApprovalApiController(Approvals approvals) {
		this.approvals = approvals;
	}

	/** The party to approve the latest version for. */
	record ApprovalRequest(String party) {
	}

	@GetMapping
	@Operation(summary = "Per party of the latest version: APPROVED, CHANGED_SINCE_APPROVAL or NOT_APPROVED, "
			+ "with the version it approved, by whom and when, and the version that changed its figures since")
	@ApiResponse(responseCode = "200", description = "The parties and their approvals")
	@ErrorAnswers(404)
	List<PartyApproval> list(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		return approvals.of(user.userId(), id);
	}

	@PostMapping
	@Operation(summary = "Approve the latest version for a party: the case's owner, or a member bound to that "
			+ "party; answers every party's approval")
	@ApiResponse(responseCode = "200", description = "The parties and their approvals")
	@ErrorAnswers({ 400, 403, 404 })
	List<PartyApproval> approve(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestBody ApprovalRequest request) {
		if (request.party() == null || request.party().isBlank()) {
			throw new StatusException(400, "approval.noParty");
		}
		return approvals.approve(user.userId(), id, request.party());
	}
}
