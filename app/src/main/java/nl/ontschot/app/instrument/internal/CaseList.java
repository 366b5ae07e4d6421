package nl.ontschot.app.instrument.internal;

import java.util.Arrays;
import java.util.List;

import nl.ontschot.app.web.StatusException;

/**
 * The lists of a case whose lines the pages show, add and remove: per list the step page it is on, the
 * fields a line shows (and those shown as columns of a compact table), the message keys of a line's title and remove button, and the prefix of new ids.
 */
public enum CaseList {

	PARTIES("parties", "partijen", "partijen.party", "partijen.remove", "partij-",
			List.of("name", "type", "essential", "domains"), List.of("name", "type", "essential", "domains")),
	TARGET_GROUPS("targetGroups", "kengetallen", "kengetallen.group", "kengetallen.removeGroup", "doelgroep-",
			List.of("name", "population", "reachRate", "successRate"), List.of()),
	ACTIVITIES("activities", "activiteiten", "activiteiten.activity", "activiteiten.removeActivity", "activiteit-",
			List.of("name", "provider", "financier", "domain", "basis", "group", "current.volume", "current.tariff",
					"current.unitCost", "current.hoursPerUnit", "future.volume", "future.tariff", "future.unitCost",
					"capacityRelease"),
			List.of("name", "provider", "financier", "domain", "current.volume", "current.tariff", "future.volume",
					"future.tariff")),
	ITEMS("items", "activiteiten", "activiteiten.item", "activiteiten.removeItem", "post-",
			List.of("name", "type", "party", "allocation", "nature", "category", "recurrence", "domain", "basis",
					"group"),
			List.of("name", "type", "party", "category", "recurrence", "domain", "amount")),
	PARAMETERS("parameters", "kengetallen", "kengetallen.parameter", "kengetallen.removeParameter", "kengetal_",
			List.of("id", "name", "value", "unit", "description"), List.of("id", "name", "value", "unit", "description")),
	ARRANGEMENTS("arrangements", "afspraken", "afspraken.arrangement", "afspraken.remove", "afspraak-",
			List.of("name", "fromYear", "toYear"), List.of()),
	SCENARIOS("scenarios", "scenarios", "scenarios.scenario", "scenarios.remove", "scenario-",
			List.of("name", "description"), List.of()),
	ALLOCATION_KEYS("allocationKeys", "activiteiten", "activiteiten.key", "activiteiten.removeKey", "sleutel-",
			List.of("name", "method", "parties"), List.of());

	/** The field of the case document that holds the list. */
	public final String field;
	final String page;
	final String titleKey;
	final String removeKey;
	final String idPrefix;
	public final List<String> fields;
	/** The fields shown as columns of the compact table, or none when the list is shown as cards. */
	final List<String> grid;

	CaseList(String field, String page, String titleKey, String removeKey, String idPrefix, List<String> fields,
			List<String> grid) {
		this.field = field;
		this.page = page;
		this.titleKey = titleKey;
		this.removeKey = removeKey;
		this.idPrefix = idPrefix;
		this.fields = fields;
		this.grid = grid;
	}

	/** The list held by a field of the case document; 404 for any other name. */
	static CaseList of(String field) {
		return Arrays.stream(values()).filter(l -> l.field.equals(field)).findFirst()
				.orElseThrow(() -> new StatusException(404, "api.notFound"));
	}
}
