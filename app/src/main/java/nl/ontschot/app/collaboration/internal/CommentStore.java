package nl.ontschot.app.collaboration.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The comments of cases. */
@Repository
public class CommentStore {

	/** A stored comment; {@code thread} is its own id for the first comment of a thread. */
	public record Row(long id, long thread, String target, String author, String authorName, String organisation,
			Instant at, String text, Optional<String> resolvedBy, Optional<Instant> resolvedAt) {
	}

	private final JdbcClient jdbc;

	CommentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> of(UUID caseId) {
		return jdbc.sql("""
				select c.id, coalesce(c.thread_id, c.id) as thread, c.target, u.username, u.display_name,
				       o.name as organisation, c.created_at, c.text, r.username as resolver, c.resolved_at
				  from comment c join app_user u on u.id = c.author join organisation o on o.id = u.organisation_id
				  left join app_user r on r.id = c.resolved_by
				 where c.case_id = :id order by c.id""")
				.param("id", caseId)
				.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("thread"), rs.getString("target"),
						rs.getString("username"), rs.getString("display_name"), rs.getString("organisation"),
						instant(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("text"),
						Optional.ofNullable(rs.getString("resolver")),
						Optional.ofNullable(rs.getObject("resolved_at", OffsetDateTime.class)).map(CommentStore::instant)))
				.list();
	}

	/** A new comment: a thread's first when {@code thread} is empty. Answers its id. */
	public long add(UUID caseId, Optional<Long> thread, String target, long author, String text, Instant at) {
		return jdbc.sql("""
				insert into comment (case_id, thread_id, target, author, text, created_at)
				values (:id, :thread, :target, :author, :text, :at) returning id""")
				.param("id", caseId).param("thread", thread.orElse(null)).param("target", target)
				.param("author", author).param("text", text).param("at", time(at)).query(Long.class).single();
	}

	/** The first comment of a thread of the case: its target and author; empty for any other id. */
	public Optional<Row> thread(UUID caseId, long thread) {
		return of(caseId).stream().filter(r -> r.id() == thread && r.thread() == thread).findFirst();
	}

	public void resolve(UUID caseId, long thread, Optional<Long> by, Instant at) {
		jdbc.sql("update comment set resolved_at = :at, resolved_by = :by where case_id = :id and id = :thread")
				.param("id", caseId).param("thread", thread).param("by", by.orElse(null))
				.param("at", by.isPresent() ? time(at) : null).update();
	}

	private static OffsetDateTime time(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime at) {
		return at.toInstant();
	}
}
