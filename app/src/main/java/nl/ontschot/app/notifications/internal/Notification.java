package nl.ontschot.app.notifications.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A notification as its person reads it: what ({@code kind}), in which case, where to look ({@code link}, a path
 * of the pages), who did it ({@code actor} and the actor's organisation, for a mention and for an addition), when,
 * which version (a signing) and the comment's text (a mention).
 */
public record Notification(long id, NotificationKind kind, UUID caseId, String caseName, String link,
		Optional<String> actor, Optional<String> actorOrganisation, Instant at, Optional<Integer> version,
		Optional<String> text) {
}
