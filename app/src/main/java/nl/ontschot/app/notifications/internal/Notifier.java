package nl.ontschot.app.notifications.internal;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.MemberAdded;
import nl.ontschot.app.collaboration.MemberMentioned;
import nl.ontschot.app.collaboration.VersionSigned;

/**
 * Keeps a notification for whom an event concerns. Each listener runs within the transaction of what happened
 * (ADR 24): a comment, a signature or a new member is stored with its notifications, or neither is.
 */
@Component
class Notifier {

	private final NotificationStore store;
	private final CaseService cases;

	Notifier(NotificationStore store, CaseService cases) {
		this.store = store;
		this.cases = cases;
	}

	/** The member mentioned. */
	@EventListener
	void mentioned(MemberMentioned mentioned) {
		store.mention(mentioned.mentionedUserId(), mentioned.caseId(), mentioned.commentId(), mentioned.authorId(),
				Instant.now());
	}

	/** Every member of the case: what they agreed on stands. */
	@EventListener
	void signed(VersionSigned signed) {
		Instant now = Instant.now();
		cases.memberIds(signed.caseId()).forEach(member -> store.signed(member, signed.caseId(), signed.version(), now));
	}

	/** The new member. */
	@EventListener
	void added(MemberAdded added) {
		store.added(added.userId(), added.caseId(), added.addedBy(), Instant.now());
	}
}
