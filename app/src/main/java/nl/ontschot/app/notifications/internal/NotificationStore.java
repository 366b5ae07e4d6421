package nl.ontschot.app.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's notifications; callers hold the transaction. */
@Repository
public class NotificationStore {

	/** Unread, and in a case the person is still a member of; with the comment and the actor, where there are. */
	private static final String UNREAD = """
			  from notification n join case_file f on f.id = n.case_id
			  left join comment c on c.id = n.comment_id
			  left join app_user a on a.id = n.actor left join organisation o on o.id = a.organisation_id
			 where n.user_id = :user and n.read_at is null
			   and exists (select 1 from case_member m where m.case_id = n.case_id and m.user_id = :user)
			""";

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void mention(long user, UUID caseId, long comment, long author, Instant at) {
		add(user, caseId, NotificationKind.MENTION, comment, null, author, at);
	}

	void signed(long user, UUID caseId, int version, Instant at) {
		add(user, caseId, NotificationKind.SIGNED, null, version, null, at);
	}

	void added(long user, UUID caseId, long addedBy, Instant at) {
		add(user, caseId, NotificationKind.ADDED, null, null, addedBy, at);
	}

	private void add(long user, UUID caseId, NotificationKind kind, Long comment, Integer version, Long actor,
			Instant at) {
		jdbc.sql("""
				insert into notification (user_id, case_id, kind, comment_id, version, actor, created_at)
				values (:user, :case, :kind, :comment, :version, :actor, :at)""")
				.param("user", user).param("case", caseId).param("kind", kind.name()).param("comment", comment)
				.param("version", version).param("actor", actor).param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	/** A person's unread notifications, newest first. */
	public List<Notification> unread(long user) {
		return jdbc.sql("""
				select n.id, n.kind, n.case_id, f.name as case_name, coalesce(c.thread_id, c.id) as thread, c.text,
				       n.version, a.display_name, o.name as organisation, n.created_at
				""" + UNREAD + " order by n.id desc")
				.param("user", user)
				.query((rs, n) -> notification(rs))
				.list();
	}

	public int count(long user) {
		return jdbc.sql("select count(*)" + UNREAD).param("user", user).query(Integer.class).single();
	}

	/** Marks these notifications of the person read. */
	public void read(long user, List<Long> ids, Instant at) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("update notification set read_at = :at where user_id = :user and id in (:ids) and read_at is null")
				.param("user", user).param("ids", ids).param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

	private static Notification notification(ResultSet rs) throws SQLException {
		NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
		UUID caseId = rs.getObject("case_id", UUID.class);
		return new Notification(rs.getLong("id"), kind, caseId, rs.getString("case_name"),
				link(kind, caseId, rs.getLong("thread")), Optional.ofNullable(rs.getString("display_name")),
				Optional.ofNullable(rs.getString("organisation")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				Optional.ofNullable(rs.getObject("version", Integer.class)), Optional.ofNullable(rs.getString("text")));
	}

	/** Where a notification leads: the thread of a mention, the signing of a version, the case one was added to. */
	private static String link(NotificationKind kind, UUID caseId, long thread) {
		String path = "/cases/" + caseId;
		return switch (kind) {
		case MENTION -> path + "/opmerkingen#thread-" + thread;
		case SIGNED -> path + "/ondertekening";
		case ADDED -> path;
		};
	}
}
