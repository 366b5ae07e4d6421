package nl.ontschot.app.notifications.internal;

/** What a notification is about. */
public enum NotificationKind {
	/** Someone mentioned the person ({@code @accountname}) in a comment. */
	MENTION,
	/** Every party has signed a version of the case. */
	SIGNED,
	/** Someone added the person to the case. */
	ADDED
}
