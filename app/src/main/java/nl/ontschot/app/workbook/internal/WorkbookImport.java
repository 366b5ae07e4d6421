package nl.ontschot.app.workbook.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.app.cases.ThreeWayMerge;
import nl.ontschot.app.cases.WriteRefusedException;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.workbook.internal.InputLayout.ListSheet;
import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.CaseLimits;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A workbook read into a case document (ADR 19): the input sheets applied to the case it is read into, or for a
 * new case to the document an exported workbook carries (or to nothing, for a filled-in template). The
 * document is checked as the engine checks any case; every problem is named with its sheet, row and column.
 * Nothing is stored here: the caller stores the document only when it is accepted.
 */
@Component
public class WorkbookImport {

	/** As large as any request may be (ontschot.max-request-bytes). */
	static final int MAX_BYTES = 5 * 1024 * 1024;
	/** Rows of one sheet read at most: as many lines as a case may have, and the two rows of the header. */
	static final int MAX_ROWS = CaseLimits.MAX_LINES + InputLayout.FIRST_DATA_ROW;
	/** A path into a line of a list: the list, the line's index and what follows. */
	private static final Pattern LINE = Pattern.compile("(\\w+)\\[(\\d+)\\](.*)");

	private final MessageSource messages;
	private final FieldViews fields;

	public WorkbookImport(MessageSource messages, FieldViews fields) {
		this.messages = messages;
		this.fields = fields;
	}

	/** What reading a workbook gave: a valid case document, or why not. */
	sealed interface Outcome permits Accepted, Refused {
	}

	/**
	 * A valid workbook: the document it makes and, when it was read into a case and carries the document it was
	 * exported from, that document, so that only what was changed offline is applied to the case (ADR 19).
	 */
	public record Accepted(String document, Optional<String> exportedFrom, Map<String, Place> places) implements Outcome {

		public Accepted {
			places = Map.copyOf(places);
		}
	}

	public record Refused(List<String> problems) implements Outcome {

		public Refused {
			problems = List.copyOf(problems);
		}
	}

	/** Reads a workbook into {@code existing} (a case read into), or into a new case when it is empty. */
	Outcome read(byte[] bytes, Optional<String> existing, Locale locale) {
		Texts texts = new Texts(messages, locale);
		if (bytes.length == 0) {
			return refused(texts, "workbook.refused.empty");
		}
		if (bytes.length > MAX_BYTES) {
			return refused(texts, "workbook.refused.tooLarge");
		}
		XSSFWorkbook workbook;
		try {
			workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
		} catch (IOException | RuntimeException e) {
			return refused(texts, unpacksTooFar(e) ? "workbook.refused.tooLarge" : "workbook.refused.notXlsx");
		}
		try (workbook) {
			if (workbook.isMacroEnabled()) {
				return refused(texts, "workbook.refused.macros");
			}
			if (!workbook.getExternalLinksTable().isEmpty()) {
				return refused(texts, "workbook.refused.externalLinks");
			}
			return read(workbook, existing, texts);
		} catch (IOException e) {
			return refused(texts, "workbook.refused.notXlsx");
		}
	}

	private Outcome read(XSSFWorkbook workbook, Optional<String> existing, Texts texts) {
		Optional<String> carried = CaseSheet.read(workbook);
		if (carried.isPresent() && !isDocument(carried.get())) {
			// read as a template instead, a new case would lose what only the document holds, and a case read
			// into would get the sheets whole, over what others saved since the download (ADR 19)
			return refused(texts, "workbook.refused.damagedCase");
		}
		// an export is read on the document it was made of: what differs from it is what was changed offline
		ObjectNode base = (ObjectNode) carried.or(() -> existing).map(CaseJson::parse).filter(JsonNode::isObject)
				.orElseGet(JsonNodeFactory.instance::objectNode);
		Optional<String> exportedFrom = existing.isPresent() ? carried : Optional.empty();
		SheetReader reader = new SheetReader(base, texts);
		List<Problem> tooLong = new ArrayList<>();
		Optional<Sheet> settings = Optional.empty();
		Optional<Sheet> actuals = Optional.empty();
		List<Map.Entry<ListSheet, Sheet>> lists = new ArrayList<>();
		List<Sheet> unkeyed = new ArrayList<>();
		for (Sheet sheet : workbook) {
			// known by any of its keys, so that a sheet whose first key was cleared or overwritten is still read
			// and its damaged column named (SheetReader)
			String first = SheetReader.keys(sheet).stream().filter(k -> InputLayout.SETTING_KEYS.contains(k)
					|| InputLayout.ACTUAL_COLUMNS.contains(k) || ListSheet.byKey(k).isPresent()).findFirst().orElse("");
			boolean input = !first.isEmpty();
			if (!input && isInputSheetName(sheet.getSheetName(), texts)) {
				// its key row is gone, so it cannot be read; skipped, its data would be lost without a word
				unkeyed.add(sheet);
			}
			if (input && sheet.getLastRowNum() >= MAX_ROWS) {
				// its first rows are read and checked all the same (SheetReader.lastRow), so that the workbook's
				// other problems are listed with this one and not only on the next try
				Place place = Place.of(sheet.getSheetName());
				tooLong.add(new Problem(Optional.of(place), place.text(texts) + ": " + texts.get(
						"workbook.problem.tooManyRows", Amounts.number(CaseLimits.MAX_LINES, 0, texts.locale()))));
			}
			if (InputLayout.SETTING_KEYS.contains(first)) {
				settings = Optional.of(sheet);
			} else if (InputLayout.ACTUAL_COLUMNS.contains(first)) {
				actuals = Optional.of(sheet);
			} else {
				ListSheet.byKey(first).ifPresent(list -> lists.add(Map.entry(list, sheet)));
			}
		}
		if (settings.isEmpty() && actuals.isEmpty() && lists.isEmpty() && unkeyed.isEmpty() && carried.isEmpty()) {
			return refused(texts, "workbook.problem.noSheets");
		}
		// the settings first: the start year turns the calendar years of the other sheets into year indices
		settings.ifPresent(reader::settings);
		lists.sort(Map.Entry.comparingByKey());
		lists.forEach(e -> reader.list(e.getKey(), e.getValue()));
		actuals.ifPresent(reader::actuals);
		unkeyed.forEach(reader::keyRowDamaged);
		return checked(reader, texts, exportedFrom, tooLong);
	}

	/** The name of an input sheet in either language the workbook may have been written in. */
	private static boolean isInputSheetName(String name, Texts texts) {
		List<String> keys = new ArrayList<>(List.of("workbook.sheet.case", "workbook.sheet.actualsInput"));
		for (ListSheet list : ListSheet.values()) {
			keys.add(list.nameKey());
		}
		return keys.stream().anyMatch(key -> name.equalsIgnoreCase(texts.get(key))
				|| name.equalsIgnoreCase(texts.other().get(key)));
	}

	private static boolean isDocument(String json) {
		try {
			return CaseJson.parse(json).isObject();
		} catch (InvalidCaseException notJson) {
			return false;
		}
	}

	/** The document as the engine checks any case, its problems at the cells they came from. */
	private Outcome checked(SheetReader reader, Texts texts, Optional<String> exportedFrom, List<Problem> tooLong) {
		ObjectNode document = reader.document();
		upgradeWhereNeeded(document);
		List<Problem> problems = new ArrayList<>(tooLong);
		reader.problems().forEach((place, sentence) -> problems.add(new Problem(Optional.of(place),
				place.text(texts) + ": " + sentence)));
		// a sheet whose key row is damaged was read without the columns it could not place: what the engine finds
		// on it follows from that, and restoring row 1 is the way out
		List<String> unreadable = reader.problems().keySet().stream().filter(p -> p.row() == InputLayout.KEY_ROW)
				.map(Place::sheet).toList();
		try {
			CaseJson.read(document);
		} catch (InvalidCaseException e) {
			for (Notice notice : e.problems()) {
				Optional<Place> place = place(notice.path(), reader.places());
				if (place.filter(p -> reader.problems().containsKey(p) || unreadable.contains(p.sheet())).isPresent()) {
					// the cell's own problem, or its sheet's key row, says it already
					continue;
				}
				String sentence = fields.problem(notice, document, texts.locale());
				problems.add(new Problem(place, place.map(p -> p.text(texts) + ": " + sentence)
						.orElseGet(() -> notice.path().isEmpty() ? standingAlone(sentence, texts.locale())
								: texts.get("workbook.place.elsewhere")
								+ ", " + fields.placed(notice, document, texts.locale()))));
			}
		}
		return problems.isEmpty() ? new Accepted(document.toString(), exportedFrom, reader.places())
				: new Refused(inReadingOrder(problems));
	}

	/**
	 * The write rules' refusals of an accepted workbook read into a case, each at the cells it comes from, as
	 * every other problem of a workbook (ADR 19). A refusal names a path of the document written: for a
	 * filled-in template the workbook's own document, for an export the case as it is now ({@code current})
	 * with the workbook's changes merged in. A refused field that holds more than a cell (the settlement, the
	 * realisation, the key figures) is named at each cell the workbook changed in it.
	 */
	Refused refused(List<WriteRefusedException.Refused> refusals, Accepted accepted, String current, Locale locale) {
		Texts texts = new Texts(messages, locale);
		JsonNode mine = CaseJson.parse(accepted.document());
		JsonNode stored = CaseJson.parse(current);
		JsonNode base = accepted.exportedFrom().map(CaseJson::parse).orElse(stored);
		List<String> changed = new ArrayList<>();
		changes("", base, mine, changed);
		List<Problem> problems = new ArrayList<>();
		for (WriteRefusedException.Refused refusal : refusals) {
			Optional<String> path = inWorkbook(refusal.path(), mine, stored, accepted.exportedFrom().map(e -> base));
			List<Place> places = path.map(p -> cells(p, changed, accepted.places())).orElseGet(() -> Optional
					.ofNullable(accepted.places().get(refusal.path().replaceAll("\\[.*", ""))).stream().toList());
			if (places.isEmpty()) {
				problems.add(new Problem(Optional.empty(), refusal.sentence()));
			}
			places.forEach(p -> problems.add(new Problem(Optional.of(p), p.text(texts) + ": " + refusal.sentence())));
		}
		return new Refused(inReadingOrder(problems));
	}

	/**
	 * A refused path as a path of the workbook's document: a line by its id, since the index is its place in the
	 * document written; empty for a line the workbook removed (its index is its place in the stored case).
	 *
	 * @param exportedFrom the document an export was made of; empty for a template, whose document is written
	 */
	private static Optional<String> inWorkbook(String path, JsonNode mine, JsonNode stored,
			Optional<JsonNode> exportedFrom) {
		Matcher line = LINE.matcher(path);
		if (!line.matches()) {
			return Optional.of(path);
		}
		String list = line.group(1);
		int index = Integer.parseInt(line.group(2));
		// an export is written as the case service merges it with the case as it is now
		List<String> written = ids(exportedFrom.map(base -> ThreeWayMerge.of(base, mine, stored).document())
				.orElse(mine).path(list));
		if (index >= written.size() || line.group(3).isEmpty() && ids(stored.path(list)).contains(written.get(index))) {
			return Optional.empty();
		}
		int own = ids(mine.path(list)).indexOf(written.get(index));
		return own < 0 ? Optional.empty() : Optional.of(list + "[" + own + "]" + line.group(3));
	}

	private static List<String> ids(JsonNode list) {
		return list.valueStream().map(l -> l.path("id").asString("")).toList();
	}

	/**
	 * The cells of a refused path: its own cell or row; else each cell the workbook changed inside it; else the
	 * place of the nearest path the sheets hold.
	 */
	private static List<Place> cells(String path, List<String> changed, Map<String, Place> places) {
		Place exact = places.get(path);
		if (exact != null && exact.row() >= 0) {
			return List.of(exact);
		}
		List<Place> inside = changed.stream().filter(c -> c.startsWith(path + ".") || c.startsWith(path + "["))
				.flatMap(c -> place(c, places).stream()).filter(p -> p.row() >= 0).distinct().toList();
		return inside.isEmpty() ? place(path, places).stream().toList() : inside;
	}

	/** The paths where the workbook's document differs from the one it was read on; lines matched by id. */
	private static void changes(String path, JsonNode before, JsonNode after, List<String> out) {
		if (SheetReader.same(before, after)) {
			return;
		}
		if (before.isObject() && after.isObject()) {
			Set<String> names = new LinkedHashSet<>(after.propertyNames());
			names.addAll(before.propertyNames());
			names.forEach(name -> changes(path.isEmpty() ? name : path + "." + name, before.path(name),
					after.path(name), out));
		} else if (before.isArray() && after.isArray()) {
			List<String> ids = ids(before);
			for (int i = 0; i < after.size(); i++) {
				String id = after.get(i).path("id").asString("");
				// a line the workbook added is compared with nothing; one it removed has no cell left to name
				changes(path + "[" + i + "]", before.path(id.isEmpty() ? i : ids.indexOf(id)), after.get(i), out);
			}
		} else {
			out.add(path);
		}
	}

	/**
	 * The engine's sentence about the whole case, written to follow a place ("moet ..."), as a sentence of its
	 * own: a capital and a full stop.
	 */
	private static String standingAlone(String sentence, Locale locale) {
		String capital = sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(locale)
				+ sentence.substring(1);
		return capital.endsWith(".") ? capital : capital + ".";
	}

	/** A problem and the place it was found at, if any. */
	private record Problem(Optional<Place> place, String text) {
	}

	/**
	 * The problems as a reader goes through the workbook: sheet by sheet (in the order their first problem was
	 * found), each from the top row down and left to right; those without a cell last.
	 */
	private static List<String> inReadingOrder(List<Problem> problems) {
		List<String> sheets = problems.stream().flatMap(p -> p.place().stream()).map(Place::sheet).distinct()
				.toList();
		Comparator<Problem> order = Comparator.comparing((Problem p) -> p.place().isEmpty())
				.thenComparingInt(p -> p.place().map(place -> sheets.indexOf(place.sheet())).orElse(0))
				.thenComparingInt(p -> p.place().map(Place::row).orElse(0))
				.thenComparingInt(p -> p.place().map(Place::column).orElse(0));
		return problems.stream().sorted(order).map(Problem::text).distinct().toList();
	}

	/**
	 * A case of version 1 that the workbook gives a key figure, a formula or realised figures becomes version 2,
	 * as it does on the pages: the reader asked for what version 2 has, and version 2 gives a version 1 case the
	 * same figures.
	 */
	private static void upgradeWhereNeeded(ObjectNode document) {
		if (document.path("schemaVersion").asInt() != 1) {
			return;
		}
		try {
			CaseJson.read(document);
		} catch (InvalidCaseException e) {
			if (e.problems().stream().anyMatch(p -> p.key().equals("error.needsVersion2"))) {
				document.put("schemaVersion", 2);
			}
		}
	}

	/**
	 * Where a path of the document came from: the cell it was read from; for a structure, the first column of
	 * its fields; else the row or the sheet of the nearest enclosing path.
	 */
	static Optional<Place> place(String path, Map<String, Place> places) {
		Place exact = places.get(path);
		if (exact != null) {
			return Optional.of(exact);
		}
		Optional<Place> inside = places.entrySet().stream().filter(e -> e.getKey().startsWith(path + ".")
				&& e.getValue().column() >= 0).map(Map.Entry::getValue).min(Comparator.comparingInt(Place::row)
						.thenComparingInt(Place::column));
		if (inside.isPresent()) {
			return inside;
		}
		for (String p = parent(path); !p.isEmpty(); p = parent(p)) {
			Place enclosing = places.get(p);
			if (enclosing != null) {
				return Optional.of(enclosing);
			}
		}
		return Optional.empty();
	}

	private static String parent(String path) {
		int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
		return cut <= 0 ? "" : path.substring(0, cut);
	}

	/** POI's guard against zip bombs, or an entry larger than it reads. */
	private static boolean unpacksTooFar(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("Zip bomb") || message.contains("exceed") || message.contains("max length")) {
				return true;
			}
		}
		return false;
	}

	private static Outcome refused(Texts texts, String key) {
		return new Refused(List.of(texts.get(key)));
	}
}
