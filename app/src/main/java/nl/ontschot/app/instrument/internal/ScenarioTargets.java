package nl.ontschot.app.instrument.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.ontschot.app.cases.ArrangementForms;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.instrument.internal.FieldView.Option;
import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.SchemaField;
import tools.jackson.databind.JsonNode;

/**
 * The values a scenario can change (calculation.md 6.6: {@code discountRate}, {@code parameters.ID},
 * {@code targetGroups.ID.FIELD}, ...), named in words, each with the field of the schema table it changes, so
 * that a percentage is typed as a percentage and a formula with decimal commas.
 */
public final class ScenarioTargets {

	private record Target(String label, SchemaField field) {
	}

	private final Map<String, Target> targets;
	private final Locale locale;

	private ScenarioTargets(Map<String, Target> targets, Locale locale) {
		this.targets = targets;
		this.locale = locale;
	}

	public static ScenarioTargets of(JsonNode document, FieldViews fields, Locale locale) {
		Map<String, Target> targets = new LinkedHashMap<>();
		targets.put("discountRate", new Target(fields.text("field.discountRate", locale),
				CaseSchema.field("discountRate")));
		lines(document, "parameters", List.of(), fields, locale, targets);
		lines(document, "targetGroups", List.of("population", "reachRate", "successRate"), fields, locale, targets);
		lines(document, "activities", List.of("current.volume", "current.tariff", "current.unitCost",
				"current.hoursPerUnit", "future.volume", "future.tariff", "future.unitCost", "capacityRelease"), fields,
				locale, targets);
		lines(document, "items", List.of("amount", "fte", "costPerFte"), fields, locale, targets);
		JsonNode arrangements = document.path("arrangements");
		for (JsonNode a : arrangements) {
			List<String> terms = new ArrayList<>();
			for (String term : ArrangementForms.fields(a)) {
				SchemaField field = term.contains("[") || term.contains(".") ? null
						: CaseSchema.field("arrangements[]." + term);
				// a scenario changes a term the arrangement gives, or one with a default (calculation.md 6.6)
				if (field != null && field.numeric() && (a.has(term) || field.defaultValue().isPresent())) {
					terms.add(term);
				}
			}
			line(a, "arrangements", terms, fields, locale, targets);
		}
		return new ScenarioTargets(targets, locale);
	}

	private static void lines(JsonNode document, String list, List<String> names, FieldViews fields, Locale locale,
			Map<String, Target> targets) {
		document.path(list).valueStream().forEach(line -> line(line, list, names, fields, locale, targets));
	}

	private static void line(JsonNode line, String list, List<String> names, FieldViews fields, Locale locale,
			Map<String, Target> targets) {
		String id = line.path("id").asString();
		String name = line.path("name").asString(id);
		if (list.equals("parameters")) {
			targets.put("parameters." + id, new Target(fields.text("place.parameters", locale, name),
					CaseSchema.field("parameters[].value")));
			return;
		}
		String place = fields.text("place." + list, locale, name);
		for (String n : names) {
			if (list.equals("items") && (line.has("amount") ? !n.equals("amount") : n.equals("amount"))) {
				// an item is an amount, or fte times cost per fte: a scenario changes what it has
				continue;
			}
			SchemaField field = CaseSchema.field(list + "[]." + n);
			targets.put(list + "." + id + "." + n, new Target(place + ", " + fields.text(field.label(), locale), field));
		}
	}

	/** Every target, in the order of the case, for the list a person chooses from. */
	List<Option> options() {
		return targets.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue().label())).toList();
	}

	String label(String target) {
		return Optional.ofNullable(targets.get(target)).map(Target::label).orElse(target);
	}

	FieldKind kind(String target) {
		return Optional.ofNullable(targets.get(target)).map(t -> t.field().kind())
				.map(k -> k == nl.ontschot.engine.schema.FieldKind.PERCENT ? FieldKind.PERCENT : FieldKind.NUMBER)
				.orElse(FieldKind.NUMBER);
	}

	String suffix(String target) {
		return kind(target) == FieldKind.PERCENT ? "%" : "";
	}

	/** A stored value as its field shows it: a percentage as a percentage, a formula with decimal commas. */
	String shown(String target, JsonNode value, Locale locale) {
		return kind(target).format(Optional.of(value), locale);
	}

	/** A value of a target with its unit: {@code 41,3 %} for a percentage. */
	String withUnit(String target, JsonNode value, Locale locale) {
		return shown(target, value, locale) + (kind(target) == FieldKind.PERCENT ? " %" : "");
	}

	/** What is stored for a typed value; a target the case does not have stays for the engine to name. */
	JsonNode parse(String target, String typed) {
		return kind(target).parse(List.of(typed), locale)
				.orElseThrow(() -> new FieldKind.FieldInputException("page.input.number"));
	}
}
