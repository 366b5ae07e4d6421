package nl.ontschot.app.cases;

import java.util.Objects;
import java.util.UUID;

/**
 * An account became a member of a case (not a change of an existing member's role), added by {@code addedBy},
 * within that change's transaction: a feature that tells people what concerns them hears it here.
 */
public record MemberAdded(UUID caseId, long userId, long addedBy) {

	public MemberAdded {
		Objects.requireNonNull(caseId);
	}
}
