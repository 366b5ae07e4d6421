package nl.ontschot.app.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a member may change in a case. Every write, through the API and through the pages alike, is checked
 * here on the difference between the stored and the new document (every changed path), never on the new
 * document alone. This is the one place of these rules; each part says why.
 *
 * <p>
 * <b>A party-bound editor</b> works on behalf of one organisation at a table of parties that do not fully
 * trust each other, so it changes only figures of its own party:
 * <ul>
 * <li>its own party entry, except {@code id} (other lines refer to it), {@code type} and {@code essential}
 * (being essential moves every party's Shapley share);</li>
 * <li>the items it bears alone (no key): any field but {@code party}, {@code allocation} and
 * {@code requires}, which would move the item's money or its share to other parties;</li>
 * <li>of an activity it provides or finances: the figures (volume, tariff, unit cost, hours in
 * {@code current} and {@code future}, and {@code capacityRelease}) and its name and unit, never who
 * provides, who pays, the basis, the group, the domain or who is required, which decide whose money it
 * is;</li>
 * <li>it adds and removes only lines that it alone bears or provides without a financier in the case and
 * without required parties: such a line changes no other party's figures;</li>
 * <li>nothing else: keys, the settlement, arrangements, target groups, other parties and the case's general
 * figures are agreed by the table, so an owner or an editor without a party changes them.</li>
 * </ul>
 * <p>
 * <b>Het goede gesprek</b> is the parties' own words, so nobody writes in another's name: the server sets
 * {@code by} (the account) and {@code at} (now) on every new or changed answer; an answer is changed or
 * removed only by its author or an owner; a party-bound editor answers only for its own party. Answers are
 * matched by content, so a write that leaves an answer as it was never touches it.
 */
public final class WriteRules {

	/** Why a change was refused; each names its sentence in the message bundle. */
	public enum Reason {
		/** A field of a party that the table decides, or another party altogether. */
		PARTY_FIELD("write.partyField"),
		/** A line of another party, or a field of one's own line that decides whose money it is. */
		OTHER_PARTY("write.otherParty"),
		/** A line added or removed that other parties' figures depend on. */
		LINE("write.line"),
		/** Keys, settlement, target groups, general figures: agreed by the table. */
		SHARED("write.shared"),
		/** A move to version 2 that would make the case's arrangements count: the table decides that. */
		UPGRADE("write.upgrade"),
		/** An answer in the conversation written by someone else. */
		NOT_YOUR_ANSWER("write.notYourAnswer"),
		/** An answer on behalf of another party. */
		ANSWER_FOR_OTHER_PARTY("write.answerForOtherParty"),
		/** An answer to a question the conversation does not have. */
		UNKNOWN_QUESTION("write.unknownQuestion", true),
		/** An answer of a party that is not in the case. */
		UNKNOWN_PARTY("write.unknownParty", true),
		/** An answer without text, or not in the form {party, text}. */
		EMPTY_ANSWER("write.emptyAnswer", true),
		/** A party removed, or its code changed, while the conversation still has its answers. */
		ANSWERS_OF_GONE_PARTY("write.answersOfGoneParty", true),
		/** A text with a character that reverses the reading direction: names and amounts would read falsely. */
		DIRECTION_CONTROL("write.directionControl", true),
		/** A party named like another one: who pays whom would be ambiguous. */
		DUPLICATE_PARTY_NAME("write.duplicatePartyName", true);

		final String messageKey;
		/** Invalid whoever writes it (400), rather than not the writer's to change (403). */
		public final boolean invalid;

		Reason(String messageKey) {
			this(messageKey, false);
		}

		Reason(String messageKey, boolean invalid) {
			this.messageKey = messageKey;
			this.invalid = invalid;
		}
	}

	/** One refused change: where in the case, and why. */
	public record Refusal(String path, Reason reason) {
	}

	/** Who writes: the account's name (the author of answers) and its place in the case. */
	record Writer(String username, Membership membership) {
	}

	private static final Pattern DIRECTION = Pattern.compile("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");
	private static final Set<String> PARTY_FIXED = Set.of("id", "type", "essential");
	private static final Set<String> ITEM_FIXED = Set.of("id", "party", "allocation", "requires");
	private static final Set<String> ACTIVITY_FIGURES = Set.of("current", "future", "capacityRelease", "name",
			"unit");
	private static final String CONVERSATION = "conversation";
	private static final Set<String> ANSWER_FIELDS = Set.of("party", "text", "by", "at");

	private WriteRules() {
	}

	/**
	 * Checks the change from {@code before} to {@code after} (both valid case documents) for the writer, and
	 * stamps new answers with their author and time in {@code after}.
	 *
	 * @return the changes of the write, as the audit trail keeps them
	 * @throws WriteRefusedException with every refused change, when any is refused
	 */
	static List<AuditChange> check(Writer writer, JsonNode before, ObjectNode after, Instant now) {
		List<Refusal> refusals = new ArrayList<>();
		writer.membership().party().ifPresent(party -> partyScope(party, before, after, refusals));
		conversation(writer, before, after, now, refusals);
		answersOfGoneParties(before, after, refusals);
		List<AuditChange> changes = JsonDiff.between(before, after);
		directionControls(changes, refusals);
		duplicatePartyNames(before, after, refusals);
		if (!refusals.isEmpty()) {
			String party = writer.membership().party().map(id -> before.path("parties").valueStream()
					.filter(p -> id.equals(text(p, "id"))).map(p -> text(p, "name")).findFirst().orElse(id))
					.orElse("");
			throw new WriteRefusedException(refusals, party);
		}
		return changes;
	}

	/**
	 * A new case's texts, all of them, checked for what {@link #directionControls} refuses in a write.
	 *
	 * @throws WriteRefusedException naming each text that holds such a character
	 */
	static void checkNewTexts(JsonNode created) {
		List<Refusal> refusals = new ArrayList<>();
		reversingTexts("", created, refusals);
		if (!refusals.isEmpty()) {
			throw new WriteRefusedException(refusals, "");
		}
	}

	/**
	 * Every text written or changed in this write, checked for the characters that turn the reading direction
	 * ({@link #turnsReadingDirection}): in a page or a PDF they can make
	 * "Thuiszorg Noord betaalt € 853.207" read as another name and amount. Texts already stored are left
	 * alone, so a case written before this rule can still be changed elsewhere.
	 */
	private static void directionControls(List<AuditChange> changes, List<Refusal> out) {
		for (AuditChange change : changes) {
			if (change.newValue().isPresent() && turnsReadingDirection(change.newValue().get())) {
				out.add(new Refusal(change.path(), Reason.DIRECTION_CONTROL));
			}
		}
	}

	/**
	 * Whether a text holds a character that turns the reading direction (U+061C, U+200E, U+200F, U+202A to
	 * U+202E, U+2066 to U+2069): the one rule for case texts and for what is signed.
	 */
	public static boolean turnsReadingDirection(String text) {
		return DIRECTION.matcher(text).find();
	}

	private static void reversingTexts(String path, JsonNode node, List<Refusal> out) {
		if (node.isString() && turnsReadingDirection(node.asString())) {
			out.add(new Refusal(path, Reason.DIRECTION_CONTROL));
		}
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				reversingTexts(path + "[" + i + "]", node.get(i), out);
			}
		}
		for (String name : node.isObject() ? node.propertyNames() : Set.<String>of()) {
			reversingTexts(path.isEmpty() ? name : path + "." + name, node.get(name), out);
		}
	}

	/** A party's new name is not another party's name, whatever its letters' case or its spaces. */
	private static void duplicatePartyNames(JsonNode before, JsonNode after, List<Refusal> out) {
		Map<String, Integer> named = new HashMap<>();
		JsonNode parties = after.path("parties");
		for (int i = 0; i < parties.size(); i++) {
			named.merge(comparable(text(parties.get(i), "name")), 1, Integer::sum);
		}
		Set<String> namesBefore = new HashSet<>();
		before.path("parties").forEach(p -> namesBefore.add(text(p, "id") + "\u0000" + text(p, "name")));
		for (int i = 0; i < parties.size(); i++) {
			JsonNode party = parties.get(i);
			boolean renamed = !namesBefore.contains(text(party, "id") + "\u0000" + text(party, "name"));
			if (renamed && named.get(comparable(text(party, "name"))) > 1) {
				out.add(new Refusal("parties[" + i + "].name", Reason.DUPLICATE_PARTY_NAME));
			}
		}
	}

	private static String comparable(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static void partyScope(String party, JsonNode before, JsonNode after, List<Refusal> out) {
		for (String field : union(before, after)) {
			switch (field) {
				case CONVERSATION -> {
				}
				case "schemaVersion" -> {
					// moving a case to version 2 changes no figure (calculation.md 6) unless it holds what version 1
					// ignores (arrangements, uncertainty); a page does it when a party types the first formula
					// into one of its own fields
					boolean upgrade = before.path(field).asInt() == 1 && after.path(field).asInt() == 2;
					boolean wakes = !after.path("arrangements").isEmpty() || !after.path("uncertainty").isMissingNode();
					if (upgrade && wakes) {
						out.add(new Refusal(field, Reason.UPGRADE));
					} else if (!upgrade && !Objects.equals(before.get(field), after.get(field))) {
						out.add(new Refusal(field, Reason.SHARED));
					}
				}
				case "parties" -> lines("parties", before, after, out, new LineRule() {
					public boolean owns(JsonNode line) {
						return party.equals(text(line, "id"));
					}

					public boolean mayChange(String key) {
						return !PARTY_FIXED.contains(key);
					}

					public boolean mayAddOrRemove(JsonNode line) {
						return false;
					}
				});
				case "activities" -> lines("activities", before, after, out, new LineRule() {
					public boolean owns(JsonNode line) {
						return party.equals(text(line, "provider")) || financiers(line).contains(party);
					}

					public boolean mayChange(String key) {
						return ACTIVITY_FIGURES.contains(key);
					}

					public boolean mayAddOrRemove(JsonNode line) {
						return party.equals(text(line, "provider")) && financiers(line).isEmpty()
								&& noneRequired(line);
					}
				});
				case "items" -> lines("items", before, after, out, new LineRule() {
					public boolean owns(JsonNode line) {
						return party.equals(text(line, "party")) && text(line, "allocation").isEmpty();
					}

					public boolean mayChange(String key) {
						return !ITEM_FIXED.contains(key);
					}

					public boolean mayAddOrRemove(JsonNode line) {
						return owns(line) && noneRequired(line);
					}
				});
				default -> {
					if (!Objects.equals(before.get(field), after.get(field))) {
						out.add(new Refusal(field, Reason.SHARED));
					}
				}
			}
		}
	}

	/** What a party-bound editor may do with the lines of one list. */
	private interface LineRule {

		/** The line is the party's own (judged on the stored line, and on the new one too). */
		boolean owns(JsonNode line);

		/** A field of an own line that the party may change. */
		boolean mayChange(String key);

		boolean mayAddOrRemove(JsonNode line);
	}

	/** Compares the lines of a list by id, so that their order does not matter. */
	private static void lines(String list, JsonNode before, JsonNode after, List<Refusal> out, LineRule rule) {
		Map<String, Integer> oldIndex = new LinkedHashMap<>();
		Map<String, Integer> newIndex = new LinkedHashMap<>();
		JsonNode oldLines = before.path(list);
		JsonNode newLines = after.path(list);
		for (int i = 0; i < oldLines.size(); i++) {
			oldIndex.put(text(oldLines.get(i), "id"), i);
		}
		for (int i = 0; i < newLines.size(); i++) {
			newIndex.put(text(newLines.get(i), "id"), i);
		}
		Set<String> ids = new LinkedHashSet<>(oldIndex.keySet());
		ids.addAll(newIndex.keySet());
		for (String id : ids) {
			Integer o = oldIndex.get(id);
			Integer n = newIndex.get(id);
			if (o == null || n == null) {
				JsonNode line = o == null ? newLines.get(n) : oldLines.get(o);
				if (!rule.mayAddOrRemove(line)) {
					out.add(new Refusal(list + "[" + (o == null ? n : o) + "]", Reason.LINE));
				}
				continue;
			}
			JsonNode old = oldLines.get(o);
			JsonNode changed = newLines.get(n);
			if (old.equals(changed)) {
				continue;
			}
			boolean own = rule.owns(old) && rule.owns(changed);
			for (String key : union(old, changed)) {
				if (!Objects.equals(old.get(key), changed.get(key)) && !(own && rule.mayChange(key))) {
					out.add(new Refusal(list + "[" + n + "]." + key,
							own && "parties".equals(list) ? Reason.PARTY_FIELD : Reason.OTHER_PARTY));
				}
			}
		}
	}

	/**
	 * Every answer still names a party of the case: a write that removes a party, or changes its code, while the
	 * conversation has its answers is refused, so that no answer is left without its party.
	 */
	private static void answersOfGoneParties(JsonNode before, ObjectNode after, List<Refusal> out) {
		if (before.path("parties").equals(after.path("parties"))) {
			return;
		}
		Set<String> parties = new LinkedHashSet<>();
		after.path("parties").valueStream().forEach(p -> parties.add(text(p, "id")));
		after.path(CONVERSATION).properties().forEach(question -> {
			JsonNode answers = question.getValue();
			for (int i = 0; i < answers.size(); i++) {
				String party = text(answers.get(i), "party");
				if (!party.isEmpty() && !parties.contains(party)) {
					out.add(new Refusal(CONVERSATION + "." + question.getKey() + "[" + i + "].party",
							Reason.ANSWERS_OF_GONE_PARTY));
				}
			}
		});
	}

	private static void conversation(Writer writer, JsonNode before, ObjectNode after, Instant now,
			List<Refusal> out) {
		JsonNode old = before.path(CONVERSATION);
		JsonNode changed = after.path(CONVERSATION);
		if (old.equals(changed)) {
			return;
		}
		Set<String> parties = new LinkedHashSet<>();
		after.path("parties").valueStream().forEach(p -> parties.add(text(p, "id")));
		for (String question : union(old, changed)) {
			String path = CONVERSATION + "." + question;
			List<JsonNode> remaining = new ArrayList<>();
			old.path(question).valueStream().forEach(remaining::add);
			JsonNode answers = changed.path(question);
			if (!answers.isMissingNode() && !Conversation.isQuestion(question)) {
				out.add(new Refusal(path, Reason.UNKNOWN_QUESTION));
				continue;
			}
			for (int i = 0; i < answers.size(); i++) {
				JsonNode answer = answers.get(i);
				if (remaining.remove(answer)) {
					continue;
				}
				String at = path + "[" + i + "]";
				if (!answer.isObject() || text(answer, "text").isBlank()
						|| !ANSWER_FIELDS.containsAll(answer.propertyNames())) {
					out.add(new Refusal(at, Reason.EMPTY_ANSWER));
				} else if (!parties.contains(text(answer, "party"))) {
					out.add(new Refusal(at + ".party", Reason.UNKNOWN_PARTY));
				} else if (writer.membership().party().filter(p -> !p.equals(text(answer, "party"))).isPresent()) {
					out.add(new Refusal(at + ".party", Reason.ANSWER_FOR_OTHER_PARTY));
				} else {
					((ObjectNode) answer).put("by", writer.username()).put("at", now.toString());
				}
			}
			for (JsonNode gone : remaining) {
				if (!writer.membership().role().mayManage() && !writer.username().equals(text(gone, "by"))) {
					out.add(new Refusal(path, Reason.NOT_YOUR_ANSWER));
				}
			}
			if (!answers.isMissingNode() && !answers.isArray()) {
				out.add(new Refusal(path, Reason.EMPTY_ANSWER));
			}
		}
		if (!changed.isMissingNode() && !changed.isObject()) {
			out.add(new Refusal(CONVERSATION, Reason.EMPTY_ANSWER));
		}
	}

	/** The parties that finance an activity: one id, or (schema version 2) a list of {party, share}. */
	private static Set<String> financiers(JsonNode line) {
		JsonNode financier = line.get("financier");
		Set<String> parties = new LinkedHashSet<>();
		if (financier == null || financier.isNull()) {
			return parties;
		}
		if (financier.isArray()) {
			financier.forEach(f -> parties.add(text(f, "party")));
		} else {
			// anything else than a party id is refused by the case format; counted as a financier to be safe
			parties.add(financier.isString() ? financier.asString() : financier.toString());
		}
		return parties;
	}

	private static boolean noneRequired(JsonNode line) {
		JsonNode requires = line.get("requires");
		return requires == null || requires.isNull() || requires.isEmpty();
	}

	private static Set<String> union(JsonNode a, JsonNode b) {
		Set<String> names = new LinkedHashSet<>();
		if (a.isObject()) {
			names.addAll(a.propertyNames());
		}
		if (b.isObject()) {
			names.addAll(b.propertyNames());
		}
		return names;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value != null && value.isString() ? value.asString() : "";
	}
}
