package nl.ontschot.app.collaboration;

import java.util.Objects;
import java.util.UUID;

/**
 * A member of a case was mentioned ({@code @accountname}) in a comment by another member, within the comment's
 * transaction: a feature that tells people what concerns them (their notifications) hears it here.
 */
public record MemberMentioned(UUID caseId, long commentId, long threadId, long authorId, long mentionedUserId) {

	public MemberMentioned {
		Objects.requireNonNull(caseId);
	}
}
