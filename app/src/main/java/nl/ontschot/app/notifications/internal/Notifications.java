package nl.ontschot.app.notifications.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One's unread notifications, in the cases one is still a member of (someone who left a case, or was removed,
 * learns nothing more of it); seen on the page, they are read.
 */
@Service
public class Notifications {

	private final NotificationStore store;

	Notifications(NotificationStore store) {
		this.store = store;
	}

	/** The unread notifications, newest first. */
	@Transactional(readOnly = true)
	public List<Notification> unread(long userId) {
		return store.unread(userId);
	}

	/** How many there are unread: the number on the bell. */
	@Transactional(readOnly = true)
	public int count(long userId) {
		return store.count(userId);
	}

	/**
	 * The unread notifications, newest first, which are read from now on: only these, so that one that arrives
	 * meanwhile stays unread until it is seen.
	 */
	@Transactional
	public List<Notification> seen(long userId) {
		List<Notification> unread = store.unread(userId);
		store.read(userId, unread.stream().map(Notification::id).toList(), Instant.now());
		return unread;
	}
}
