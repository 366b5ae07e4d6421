package nl.ontschot.app.collaboration.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.ontschot.app.account.AccountService;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.Role;
import nl.ontschot.app.collaboration.MemberMentioned;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.json.CaseJson;
import tools.jackson.databind.JsonNode;

/**
 * Comments at the table (ADR 22): every member starts a thread on a line of the case or on the case itself,
 * answers in a thread, and mentions a member with {@code @accountname}, which is announced as
 * {@link MemberMentioned}; the thread's author or the case's owner resolves a thread, or opens it again.
 */
@Service
public class Comments {

	/** The lists whose lines a thread may be about. */
	public static final List<String> LISTS = List.of("parties", "parameters", "targetGroups", "activities", "items",
			"allocationKeys", "arrangements", "scenarios");
	/** Longest comment, in characters. */
	public static final int LONGEST = 4000;
	private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9._-]+)");
	private static final Pattern NOT_TEXT = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	private final CaseService cases;
	private final CommentStore store;
	private final AccountService accounts;
	private final ApplicationEventPublisher events;

	Comments(CaseService cases, CommentStore store, AccountService accounts, ApplicationEventPublisher events) {
		this.cases = cases;
		this.store = store;
		this.accounts = accounts;
		this.events = events;
	}

	/** Every thread of a case, open ones first, each with its comments in order; 404 for a stranger. */
	@Transactional(readOnly = true)
	public List<CommentThread> threads(long userId, UUID caseId) {
		JsonNode document = CaseJson.parse(cases.read(userId, caseId).document());
		Map<Long, List<CommentStore.Row>> byThread = new LinkedHashMap<>();
		for (CommentStore.Row row : store.of(caseId)) {
			byThread.computeIfAbsent(row.thread(), t -> new ArrayList<>()).add(row);
		}
		List<CommentThread> threads = new ArrayList<>();
		byThread.forEach((id, rows) -> {
			CommentStore.Row first = rows.get(0);
			threads.add(new CommentThread(id, first.target(), targetName(document, first.target()), rows.stream()
					.map(r -> new CommentThread.Comment(r.id(), r.author(), r.authorName(), r.organisation(), r.at(),
							r.text())).toList(), first.resolvedAt().isEmpty(), first.resolvedBy(), first.resolvedAt()));
		});
		threads.sort((a, b) -> Boolean.compare(b.open(), a.open()));
		return threads;
	}

	/** How many open threads each target of a case has ({@code ""} for the case itself). */
	@Transactional(readOnly = true)
	public Map<String, Long> open(long userId, UUID caseId) {
		Map<String, Long> open = new LinkedHashMap<>();
		threads(userId, caseId).stream().filter(CommentThread::open)
				.forEach(t -> open.merge(t.target(), 1L, Long::sum));
		return open;
	}

	/** A new thread on a line of the case (or on the case), by any member. */
	@Transactional
	public CommentThread start(long userId, UUID caseId, String target, String text) {
		JsonNode document = CaseJson.parse(cases.read(userId, caseId).document());
		String on = target == null ? "" : target;
		if (!on.isEmpty() && targetName(document, on).isEmpty()) {
			throw new StatusException(400, "comment.unknownTarget");
		}
		long id = store.add(caseId, Optional.empty(), on, userId, checked(text), Instant.now());
		mentions(userId, caseId, id, id, text);
		return thread(userId, caseId, id);
	}

	/** An answer in a thread, by any member. */
	@Transactional
	public CommentThread reply(long userId, UUID caseId, long threadId, String text) {
		cases.read(userId, caseId);
		CommentStore.Row thread = store.thread(caseId, threadId)
				.orElseThrow(() -> new StatusException(404, "comment.notFound"));
		long id = store.add(caseId, Optional.of(thread.id()), thread.target(), userId, checked(text), Instant.now());
		mentions(userId, caseId, id, thread.id(), text);
		return thread(userId, caseId, threadId);
	}

	/** Resolves a thread ({@code resolved}) or opens it again: its author or the case's owner. */
	@Transactional
	public CommentThread resolve(long userId, UUID caseId, long threadId, boolean resolved) {
		cases.read(userId, caseId);
		CommentStore.Row thread = store.thread(caseId, threadId)
				.orElseThrow(() -> new StatusException(404, "comment.notFound"));
		boolean author = accounts.findById(userId).map(a -> a.username().equals(thread.author())).orElse(false);
		if (!author && cases.membership(userId, caseId).role() != Role.OWNER) {
			throw new StatusException(403, "comment.notYours");
		}
		store.resolve(caseId, threadId, resolved ? Optional.of(userId) : Optional.empty(), Instant.now());
		return thread(userId, caseId, threadId);
	}

	private CommentThread thread(long userId, UUID caseId, long id) {
		return threads(userId, caseId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
	}

	/** Each {@code @accountname} of a member of the case, once per comment; others are plain text. */
	private void mentions(long userId, UUID caseId, long comment, long thread, String text) {
		Set<Long> mentioned = new LinkedHashSet<>();
		Matcher m = MENTION.matcher(text);
		while (m.find()) {
			accounts.findByUsername(m.group(1)).filter(a -> a.id() != userId)
					.filter(a -> cases.isMember(userId, caseId, a.id())).ifPresent(a -> mentioned.add(a.id()));
		}
		mentioned.forEach(a -> events.publishEvent(new MemberMentioned(caseId, comment, thread, userId, a)));
	}

	private static String checked(String text) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty() || t.length() > LONGEST || NOT_TEXT.matcher(t).find()) {
			throw new StatusException(400, "comment.invalid", LONGEST);
		}
		return t;
	}

	/** The name of the line a target names ({@code activities.ID}), or empty when the case has no such line. */
	static String targetName(JsonNode document, String target) {
		if (target.isEmpty()) {
			return "";
		}
		int dot = target.indexOf('.');
		if (dot < 0 || !LISTS.contains(target.substring(0, dot))) {
			return "";
		}
		String id = target.substring(dot + 1);
		for (JsonNode line : document.path(target.substring(0, dot))) {
			if (id.equals(line.path("id").asString(""))) {
				return line.path("name").asString(id);
			}
		}
		return "";
	}
}
