package nl.ontschot.app.instrument.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import nl.ontschot.app.instrument.FieldViews;
import tools.jackson.databind.JsonNode;

/**
 * Lists as compact tables, one line a row and one field a cell, for cases with many parties and lines: a page
 * of rows at a time, found by a search on the name and a filter by party, domain and category.
 */
@Component
class Grids {

	/** Rows per page of a table: enough to work in, small enough to load at once for any case. */
	static final int PAGE = 25;

	private final FieldViews fields;

	Grids(FieldViews fields) {
		this.fields = fields;
	}

	/**
	 * What the person looks for; empty parts do not filter. A party matches a line it provides, finances, bears
	 * or shares through a key; a category only applies to items.
	 */
	record Filter(String q, String party, String domain, String category) {

		boolean isEmpty() {
			return q.isBlank() && party.isBlank() && domain.isBlank() && category.isBlank();
		}
	}

	record Row(String id, int index, String name, List<FieldView> cells) {
	}

	/**
	 * One page of a table: its rows, where it starts, how many lines match and how many the list has, and the
	 * addresses of the pages before and after it (empty when there is none).
	 */
	record Grid(String list, List<String> headers, List<Row> rows, int first, int last, int matching, int all,
			String previous, String next, boolean lazy) {
	}

	Grid grid(JsonNode document, CaseList list, Filter filter, int from, String pageUrl, String fromParam,
			Locale locale) {
		JsonNode lines = document.path(list.field);
		Predicate<JsonNode> matches = matcher(document, list, filter);
		List<Integer> found = IntStream.range(0, lines.size()).filter(i -> matches.test(lines.get(i))).boxed()
				.toList();
		int start = Math.max(0, Math.min(from, Math.max(0, found.size() - 1) / PAGE * PAGE));
		List<Row> rows = new ArrayList<>();
		for (int i : found.subList(start, Math.min(found.size(), start + PAGE))) {
			JsonNode line = lines.get(i);
			String at = list.field + "[" + i + "].";
			rows.add(new Row(line.path("id").asString(), i, line.path("name").asString(line.path("id").asString()),
					list.grid.stream().map(f -> cell(document, at + f, locale)).toList()));
		}
		List<String> headers = list.grid.stream().map(f -> fields.text(FieldSpec.of(list.field + "[0]." + f)
				.orElseThrow().label(), locale)).toList();
		String previous = start == 0 ? "" : page(pageUrl, filter, fromParam, Math.max(0, start - PAGE));
		String next = start + PAGE >= found.size() ? "" : page(pageUrl, filter, fromParam, start + PAGE);
		return new Grid(list.field, headers, rows, found.isEmpty() ? 0 : start + 1, start + rows.size(), found.size(),
				lines.size(), previous, next, list.grid.size() < list.fields.size());
	}

	/** A field as a cell: its label names the line, because the column header alone is not read with it. */
	FieldView cell(JsonNode document, String path, Locale locale) {
		return fields.field(document, path, locale).inCell(fields.place(document, path, locale));
	}

	private static String page(String pageUrl, Filter filter, String fromParam, int from) {
		UriComponentsBuilder url = UriComponentsBuilder.fromUriString(pageUrl);
		if (!filter.q().isBlank()) {
			url.queryParam("q", filter.q());
		}
		if (!filter.party().isBlank()) {
			url.queryParam("party", filter.party());
		}
		if (!filter.domain().isBlank()) {
			url.queryParam("domain", filter.domain());
		}
		if (!filter.category().isBlank()) {
			url.queryParam("category", filter.category());
		}
		return url.queryParam(fromParam, from).encode().build().toUriString();
	}

	private static Predicate<JsonNode> matcher(JsonNode document, CaseList list, Filter filter) {
		String q = filter.q().strip().toLowerCase(Locale.ROOT);
		return line -> (q.isEmpty() || line.path("name").asString("").toLowerCase(Locale.ROOT).contains(q)
				|| line.path("id").asString("").toLowerCase(Locale.ROOT).contains(q))
				&& (filter.party().isBlank() || involves(document, line, filter.party()))
				&& (filter.domain().isBlank() || filter.domain().equals(line.path("domain").asString(""))
						|| texts(line.path("domains")).contains(filter.domain()))
				&& (filter.category().isBlank() || list != CaseList.ITEMS
						|| filter.category().equals(line.path("category").asString("OTHER")));
	}

	/** Whether a line concerns a party: it provides, finances (alone or with others) or bears it, or shares it by key. */
	private static boolean involves(JsonNode document, JsonNode line, String party) {
		if (party.equals(line.path("provider").asString("")) || party.equals(line.path("financier").asString(""))
				|| line.path("financier").valueStream().anyMatch(f -> party.equals(f.path("party").asString("")))
				|| party.equals(line.path("party").asString(""))) {
			return true;
		}
		String key = line.path("allocation").asString("");
		return !key.isEmpty() && document.path("allocationKeys").valueStream()
				.filter(k -> key.equals(k.path("id").asString(""))).anyMatch(k -> !k.has("parties") && !k.has("weights")
						|| texts(k.path("parties")).contains(party) || k.path("weights").has(party));
	}

	private static List<String> texts(JsonNode list) {
		return list.valueStream().map(n -> n.asString("")).toList();
	}
}
