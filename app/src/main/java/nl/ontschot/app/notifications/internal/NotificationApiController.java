package nl.ontschot.app.notifications.internal;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.web.ErrorAnswers;

/** One's notifications over the API; reading them here does not mark them read (the page does). */
@RestController
@Tag(name = "Notifications", description = "What concerns you in your cases: mentions, signed versions, being added")
class NotificationApiController {

	private final Notifications notifications;

	NotificationApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/notifications")
	@Operation(summary = "One's unread notifications in the cases one is a member of, newest first: MENTION (a "
			+ "comment that mentions you, with its text), SIGNED (every party signed a version), ADDED (you were "
			+ "added to a case)")
	@ApiResponse(responseCode = "200", description = "The notifications")
	@ErrorAnswers({})
	List<Notification> list(@AuthenticationPrincipal AccountPrincipal user) {
		return notifications.unread(user.userId());
	}
}
