package nl.ontschot.app.collaboration.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A thread of comments on a line of a case ({@code target}: {@code activities.ID}, {@code items.ID},
 * {@code parameters.ID}, {@code arrangements.ID}, {@code parties.ID}) or on the case itself (empty), with the
 * line's name as the case has it now; open until someone resolves it.
 */
public record CommentThread(long id, String target, String targetName, List<Comment> comments, boolean open,
		Optional<String> resolvedBy, Optional<Instant> resolvedAt) {

	public CommentThread {
		comments = List.copyOf(comments);
	}

	/** A comment: who wrote it (account, name and organisation), when, and what. */
	public record Comment(long id, String author, String authorName, String organisation, Instant at, String text) {
	}
}
