package nl.ontschot.app.cases;

import java.util.List;
import java.util.Optional;

import nl.ontschot.app.web.StatusException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realised figures of a case (calculation.md 6.7) by calendar year and field, named as the Realisatie page
 * names them: {@code parameters.ID}, {@code targetGroups.ID.reachRate}, {@code activities.ID.volume} and
 * {@code items.ID.amount}, and the year's {@code note}. Each lives in the entry of its year in {@code actuals},
 * under its list and line.
 */
public final class RealisedFigures {

	private RealisedFigures() {
	}

	/** A field split into its list, its line's id and (but for a key figure) the figure. */
	private record Place(String list, String id, Optional<String> figure) {

		static Place of(String field) {
			int dot = field.indexOf('.');
			if (dot < 0) {
				throw new StatusException(400, "page.badRequest");
			}
			String list = field.substring(0, dot);
			String rest = field.substring(dot + 1);
			if (list.equals("parameters")) {
				return new Place(list, rest, Optional.empty());
			}
			int last = rest.lastIndexOf('.');
			if (last < 0 || !List.of("targetGroups", "activities", "items").contains(list)) {
				throw new StatusException(400, "page.badRequest");
			}
			return new Place(list, rest.substring(0, last), Optional.of(rest.substring(last + 1)));
		}
	}

	/** The note of a year: what the table wrote about what was realised. */
	public static final String NOTE = "note";

	/** The realised value of a field in a year, if given. */
	public static Optional<JsonNode> get(JsonNode document, int year, String field) {
		if (field.equals(NOTE)) {
			JsonNode note = entry(document, year).path(NOTE);
			return note.isString() && !note.asString().isEmpty() ? Optional.of(note) : Optional.empty();
		}
		Place place = Place.of(field);
		JsonNode line = entry(document, year).path(place.list()).path(place.id());
		JsonNode value = place.figure().map(line::path).orElse(line);
		return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value);
	}

	/**
	 * Sets a realised value, or with none removes it; what is left empty goes too (a line without figures, a
	 * list without lines, a year with nothing but its number), and a new year takes its place in year order.
	 */
	public static void set(ObjectNode document, int year, String field, Optional<JsonNode> value) {
		Optional<Place> place = field.equals(NOTE) ? Optional.empty() : Optional.of(Place.of(field));
		ArrayNode actuals = document.get("actuals") instanceof ArrayNode a ? a : document.putArray("actuals");
		ObjectNode entry;
		if (entry(document, year) instanceof ObjectNode found) {
			entry = found;
		} else if (value.isPresent()) {
			entry = insert(actuals, year);
		} else {
			if (actuals.isEmpty()) {
				document.remove("actuals");
			}
			return;
		}
		if (place.isEmpty()) {
			ObjectNode withNote = entry;
			value.ifPresentOrElse(v -> withNote.set(NOTE, v), () -> withNote.remove(NOTE));
		} else {
			figure(entry, place.get(), value);
		}
		if (entry.size() == 1) {
			for (int i = 0; i < actuals.size(); i++) {
				if (actuals.get(i) == entry) {
					actuals.remove(i);
				}
			}
		}
		if (actuals.isEmpty()) {
			document.remove("actuals");
		}
	}

	private static void figure(ObjectNode entry, Place place, Optional<JsonNode> value) {
		ObjectNode list = entry.get(place.list()) instanceof ObjectNode l ? l : entry.putObject(place.list());
		if (place.figure().isEmpty()) {
			value.ifPresentOrElse(v -> list.set(place.id(), v), () -> list.remove(place.id()));
		} else {
			ObjectNode line = list.get(place.id()) instanceof ObjectNode l ? l : list.putObject(place.id());
			value.ifPresentOrElse(v -> line.set(place.figure().get(), v), () -> line.remove(place.figure().get()));
			if (line.isEmpty()) {
				list.remove(place.id());
			}
		}
		if (list.isEmpty()) {
			entry.remove(place.list());
		}
	}

	private static JsonNode entry(JsonNode document, int year) {
		for (JsonNode entry : document.path("actuals")) {
			if (entry.path("year").asInt(Integer.MIN_VALUE) == year) {
				return entry;
			}
		}
		return MissingNode.getInstance();
	}

	private static ObjectNode insert(ArrayNode actuals, int year) {
		int at = 0;
		while (at < actuals.size() && actuals.get(at).path("year").asInt(Integer.MIN_VALUE) < year) {
			at++;
		}
		ObjectNode entry = actuals.insertObject(at);
		entry.put("year", year);
		return entry;
	}
}
