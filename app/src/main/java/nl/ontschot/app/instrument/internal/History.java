package nl.ontschot.app.instrument.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.ontschot.app.cases.AuditChange;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.JsonDiff;
import nl.ontschot.app.cases.Views.AuditLine;
import nl.ontschot.app.cases.Views.Person;
import nl.ontschot.app.cases.Views.VersionInfo;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.instrument.internal.AgreementFigures.Row;
import nl.ontschot.app.instrument.internal.AgreementFigures.Table;
import nl.ontschot.app.instrument.internal.Figures.Money;
import nl.ontschot.app.web.Dates;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.report.Matrix.MatrixRow;
import nl.ontschot.engine.report.Report;
import tools.jackson.databind.JsonNode;

/**
 * The versions of a case in words: who changed what when ("Zorgverzekeraar Zuid wijzigde doelgroep Ouderen
 * thuis, slagingspercentage van 70 % naar 55 %"), and two versions compared: the inputs that differ and each
 * party's result side by side.
 */
@Component
class History {

	/** The latest versions shown; older ones are in the API's audit trail. */
	static final int SHOWN = 30;

	private final CaseService cases;
	private final FieldViews fields;

	History(CaseService cases, FieldViews fields) {
		this.cases = cases;
		this.fields = fields;
	}

	/** A version: its number, when and by whom it was saved, and what changed in it, in sentences. */
	record VersionView(int version, String saved, List<String> changes, boolean latest) {
	}

	/** Two versions compared: what differs in their inputs, and each party's result in both. */
	record Compared(int from, int to, List<String> changes, Table results) {
	}

	@Transactional(readOnly = true)
	List<VersionView> versions(long userId, UUID id, Locale locale) {
		Map<Integer, List<AuditLine>> byVersion = new HashMap<>();
		for (AuditLine row : cases.audit(userId, id)) {
			row.version().ifPresent(v -> byVersion.computeIfAbsent(v, k -> new ArrayList<>()).add(row));
		}
		Map<String, Person> people = cases.people(userId, id);
		Documents documents = new Documents(userId, id);
		List<VersionView> views = new ArrayList<>();
		List<VersionInfo> versions = cases.versions(userId, id);
		for (VersionInfo v : versions.subList(0, Math.min(SHOWN, versions.size()))) {
			List<String> changes = new ArrayList<>();
			for (AuditLine row : byVersion.getOrDefault(v.version(), List.of())) {
				changes.add(sentence(row, documents, people, locale));
			}
			views.add(new VersionView(v.version(), text("history.saved", locale, Dates.dateTime(v.savedAt()),
					person(people, v.savedBy())), changes, v == versions.get(0)));
		}
		return views;
	}

	@Transactional(readOnly = true)
	Compared compare(long userId, UUID id, int from, int to, Locale locale) {
		cases.get(userId, id);
		Documents documents = new Documents(userId, id);
		JsonNode before = documents.of(from);
		JsonNode after = documents.of(to);
		List<String> changes = new ArrayList<>();
		for (AuditChange change : JsonDiff.between(before, after)) {
			changes.add(difference(change.path(), change.oldValue().isEmpty(), change.newValue().isEmpty(), before,
					after, locale));
		}
		return new Compared(from, to, changes, results(before, after, from, to, locale));
	}

	/** Per party its net and its net after settlement in both versions (a party one of them lacks shows —). */
	private Table results(JsonNode before, JsonNode after, int from, int to, Locale locale) {
		Map<String, MatrixRow> a = matrix(before);
		Map<String, MatrixRow> b = matrix(after);
		Map<String, String> names = new LinkedHashMap<>();
		b.forEach((party, row) -> names.put(party, row.party()));
		a.forEach((party, row) -> names.putIfAbsent(party, row.party()));
		List<Row> rows = new ArrayList<>();
		names.forEach((party, name) -> rows.add(new Row(name, List.of(money(a.get(party), true, locale),
				money(b.get(party), true, locale), money(a.get(party), false, locale),
				money(b.get(party), false, locale)))));
		return new Table(List.of(text("summary.party", locale), text("history.net", locale, from),
				text("history.net", locale, to), text("history.after", locale, from),
				text("history.after", locale, to)), rows);
	}

	private static Map<String, MatrixRow> matrix(JsonNode document) {
		PreparedCase prepared = PreparedCase.of(CaseJson.read(document));
		Report report = Report.of(prepared, prepared.calculateWithoutUncertainty());
		Map<String, MatrixRow> rows = new LinkedHashMap<>();
		for (int i = 0; i < report.parties().size(); i++) {
			rows.put(report.parties().get(i).id(), report.matrix().rows().get(i));
		}
		return rows;
	}

	private static Money money(MatrixRow row, boolean net, Locale locale) {
		return row == null ? new Money(FieldViews.EMPTY, false)
				: Money.euros(net ? row.net() : row.afterSettlement(), locale);
	}

	/** One line of the audit trail as a sentence, its values as the pages show them. */
	private String sentence(AuditLine row, Documents documents, Map<String, Person> people,
			Locale locale) {
		String who = people.containsKey(row.user()) ? people.get(row.user()).organisation() : row.user();
		int version = row.version().orElse(1);
		return switch (row.action()) {
			case "CREATE" -> text("history.created", locale, who);
			case "RESTORE" -> text("history.restored", locale, who, row.oldValue().map(JsonNode::asString).orElse(""));
			case "APPROVE" -> text("history.approved", locale, who,
					FieldViews.lineName(documents.of(version), "parties", row.path()));
			case "APPROVE_ON_BEHALF" -> text("history.approvedOnBehalf", locale, who,
					FieldViews.lineName(documents.of(version), "parties", row.path()));
			case "MEMBER" -> text("history.member", locale, who);
			case "PROPOSE" -> text("history.proposed", locale, who, version);
			case "SIGN" -> text("history.signed", locale, who, FieldViews.lineName(documents.of(version), "parties",
					row.path()));
			case "WITHDRAW_PROPOSAL" -> text("history.withdrawnProposal", locale, who);
			default -> who + " " + difference(row.path(), row.oldValue().isEmpty(), row.newValue().isEmpty(),
					version > 1 ? documents.of(version - 1) : documents.of(version), documents.of(version), locale);
		};
	}

	/** A change between two documents: "wijzigde X van A naar B", "voegde X toe", "verwijderde X". */
	private String difference(String path, boolean added, boolean removed, JsonNode before, JsonNode after,
			Locale locale) {
		if (!added && !removed && after.path(path).isArray()) {
			return text("history.reordered", locale, text("history.list." + path, locale));
		}
		if (added) {
			return text("history.added", locale, fields.place(after, path, locale));
		}
		if (removed) {
			return text("history.removed", locale, fields.place(before, path, locale));
		}
		String place = inSentence(fields.place(after, path, locale));
		if (FieldSpec.of(path).isEmpty()) {
			return text("history.changedLine", locale, place);
		}
		// a changed field is named at its line's place in the new document; the line may stand elsewhere before
		return text("history.changed", locale, place,
				fields.shown(fields.field(before, JsonDiff.pathIn(after, before, path), locale), locale),
				fields.shown(fields.field(after, path, locale), locale));
	}

	/**
	 * A place in the middle of a sentence: its field's name without the capital it has as a label
	 * ("doelgroep Ouderen thuis, slagingspercentage", "methode"), unless it starts with an abbreviation (FTE).
	 */
	private static String inSentence(String place) {
		// the field's name follows the line's ("doelgroep X, Slagingspercentage"), or stands alone ("Methode")
		int field = place.lastIndexOf(", ") + 2;
		int at = field < 2 ? 0 : field;
		if (at + 1 >= place.length() || !Character.isLowerCase(place.charAt(at + 1))) {
			return place;
		}
		return place.substring(0, at) + Character.toLowerCase(place.charAt(at)) + place.substring(at + 1);
	}

	private static String person(Map<String, Person> people, String username) {
		Person person = people.get(username);
		return person == null ? username : person.name() + " (" + person.organisation() + ")";
	}

	private String text(String key, Locale locale, Object... args) {
		return fields.text(key, locale, args);
	}

	/** The documents of a case's versions, each read and parsed once. */
	private final class Documents {

		private final long userId;
		private final UUID id;
		private final Map<Integer, JsonNode> parsed = new HashMap<>();

		Documents(long userId, UUID id) {
			this.userId = userId;
			this.id = id;
		}

		JsonNode of(int version) {
			return parsed.computeIfAbsent(version, v -> CaseJson.parse(cases.version(userId, id, v)));
		}
	}
}
