package nl.ontschot.app.collaboration.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.web.ErrorAnswers;

/** Comments over the API: threads on a case's lines, answers and resolving. */
@RestController
@Tag(name = "Comments", description = "Threads on a line of a case or on the case; @accountname mentions a member")
class CommentApiController {

	private final Comments comments;

	CommentApiController(Comments comments) {
		this.comments = comments;
	}

	/** A new thread: its target ({@code activities.ID}, ...; empty for the case) and its first comment. */
	record NewThread(String target, String text) {
	}

	record Reply(String text) {
	}

	@GetMapping("/api/v1/cases/{id}/comments")
	@Operation(summary = "Every thread of the case, open ones first, with author, organisation and date per comment")
	@ApiResponse(responseCode = "200", description = "The threads")
	@ErrorAnswers(404)
	List<CommentThread> list(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		return comments.threads(user.userId(), id);
	}

	@PostMapping("/api/v1/cases/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a thread on a line of the case (target: parties.ID, activities.ID, items.ID, "
			+ "parameters.ID, arrangements.ID, ...) or on the case (no target); any member")
	@ApiResponse(responseCode = "201", description = "The new thread")
	@ErrorAnswers({ 400, 404 })
	CommentThread start(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestBody NewThread request) {
		return comments.start(user.userId(), id, request.target(), request.text());
	}

	@PostMapping("/api/v1/cases/{id}/comments/{thread}/replies")
	@Operation(summary = "Answer in a thread; any member")
	@ApiResponse(responseCode = "200", description = "The thread")
	@ErrorAnswers({ 400, 404 })
	CommentThread reply(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@PathVariable long thread, @RequestBody Reply request) {
		return comments.reply(user.userId(), id, thread, request.text());
	}

	@PostMapping("/api/v1/cases/{id}/comments/{thread}/resolve")
	@Operation(summary = "Resolve a thread: its author or the case's owner")
	@ApiResponse(responseCode = "200", description = "The thread")
	@ErrorAnswers({ 403, 404 })
	CommentThread resolve(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@PathVariable long thread) {
		return comments.resolve(user.userId(), id, thread, true);
	}

	@PostMapping("/api/v1/cases/{id}/comments/{thread}/reopen")
	@Operation(summary = "Open a resolved thread again: its author or the case's owner")
	@ApiResponse(responseCode = "200", description = "The thread")
	@ErrorAnswers({ 403, 404 })
	CommentThread reopen(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@PathVariable long thread) {
		return comments.resolve(user.userId(), id, thread, false);
	}
}
