package nl.ontschot.app.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.Category;
import nl.ontschot.engine.model.Curve;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.ItemType;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.Nature;
import nl.ontschot.engine.model.PartyType;
import nl.ontschot.engine.model.Recurrence;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.model.ValueBasis;

/**
 * The fields the pages let people edit: for a path, its kind, the message key of its label and, for a
 * choice, the constants it offers. Only these paths can be changed through the pages.
 */
record FieldSpec(String label, FieldKind kind, List<String> options, String suffix, String placeholder) {

	private record Rule(Pattern path, FieldSpec spec) {
	}

	private static List<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
	}

	private static Rule rule(String path, String label, FieldKind kind) {
		return rule(path, label, kind, List.of(), "");
	}

	private static Rule rule(String path, String label, FieldKind kind, List<String> options, String suffix) {
		String regex = Pattern.quote(path).replace("[]", "\\E\\[\\d+]\\Q");
		return new Rule(Pattern.compile(regex), new FieldSpec(label, kind, options, suffix, ""));
	}

	/** A field whose default (shown while the case does not give it) is {@code placeholder}. */
	private static Rule rule(String path, String label, FieldKind kind, String suffix, String placeholder) {
		Rule plain = rule(path, label, kind, List.of(), suffix);
		return new Rule(plain.path(), new FieldSpec(label, kind, List.of(), suffix, placeholder));
	}

	private static final List<Rule> RULES = List.of(
			rule("name", "field.name", FieldKind.TEXT),
			rule("description", "field.description", FieldKind.TEXT),
			rule("startYear", "field.startYear", FieldKind.INTEGER),
			rule("horizonYears", "field.horizonYears", FieldKind.INTEGER, List.of(), "unit.years"),
			rule("implementation.years", "field.implementationYears", FieldKind.INTEGER, List.of(), "unit.years"),
			choice("implementation.curve", "field.implementationCurve", names(Curve.class), "LINEAR"),
			rule("discountRate", "field.discountRate", FieldKind.PERCENT, "unit.percent", "0"),
			rule("hoursPerFte", "field.hoursPerFte", FieldKind.NUMBER, "unit.hours", "1872"),
			rule("includedCategories", "field.includedCategories", FieldKind.CHOICES, names(Category.class), ""),
			rule("targetGroups[].name", "field.group.name", FieldKind.TEXT),
			rule("targetGroups[].population", "field.group.population", FieldKind.NUMBER),
			rule("targetGroups[].reachRate", "field.group.reachRate", FieldKind.PERCENT, List.of(), "unit.percent"),
			rule("targetGroups[].successRate", "field.group.successRate", FieldKind.PERCENT, List.of(),
					"unit.percent"),
			rule("parties[].name", "field.party.name", FieldKind.TEXT),
			rule("parties[].type", "field.party.type", FieldKind.CHOICE, names(PartyType.class), ""),
			rule("parties[].domains", "field.party.domains", FieldKind.CHOICES, names(Domain.class), ""),
			rule("parties[].essential", "field.party.essential", FieldKind.BOOL),
			rule("activities[].name", "field.activity.name", FieldKind.TEXT),
			rule("activities[].provider", "field.activity.provider", FieldKind.CHOICE),
			rule("activities[].financier", "field.activity.financier", FieldKind.CHOICE),
			rule("activities[].domain", "field.activity.domain", FieldKind.CHOICE, names(Domain.class), ""),
			choice("activities[].basis", "field.activity.basis", names(Basis.class), "PER_SUCCESS"),
			rule("activities[].group", "field.activity.group", FieldKind.CHOICE),
			rule("activities[].current.volume", "field.activity.currentVolume", FieldKind.NUMBER),
			rule("activities[].current.tariff", "field.activity.currentTariff", FieldKind.NUMBER),
			rule("activities[].current.unitCost", "field.activity.currentUnitCost", FieldKind.NUMBER),
			rule("activities[].current.hoursPerUnit", "field.activity.currentHoursPerUnit", FieldKind.NUMBER),
			rule("activities[].future.volume", "field.activity.futureVolume", FieldKind.NUMBER),
			rule("activities[].future.tariff", "field.activity.futureTariff", FieldKind.NUMBER),
			rule("activities[].future.unitCost", "field.activity.futureUnitCost", FieldKind.NUMBER),
			rule("activities[].capacityRelease", "field.activity.capacityRelease", FieldKind.PERCENT, List.of(),
					"unit.percent"),
			rule("items[].name", "field.item.name", FieldKind.TEXT),
			rule("items[].party", "field.item.party", FieldKind.CHOICE),
			rule("items[].type", "field.item.type", FieldKind.CHOICE, names(ItemType.class), ""),
			choice("items[].nature", "field.item.nature", names(Nature.class), "CASH"),
			choice("items[].category", "field.item.category", names(Category.class), "OTHER"),
			rule("items[].recurrence", "field.item.recurrence", FieldKind.CHOICE, names(Recurrence.class), ""),
			rule("items[].amount", "field.item.amount", FieldKind.NUMBER, List.of(), "unit.euro"),
			rule("items[].fte", "field.item.fte", FieldKind.NUMBER),
			rule("items[].year", "field.item.calendarYear", FieldKind.YEAR),
			rule("items[].fromYear", "field.item.calendarFromYear", FieldKind.YEAR),
			rule("items[].toYear", "field.item.calendarToYear", FieldKind.YEAR),
			rule("items[].costPerFte", "field.item.costPerFte", FieldKind.NUMBER, List.of(), "unit.euro"),
			choice("items[].basis", "field.item.basis", names(Basis.class), "TOTAL"),
			rule("items[].group", "field.item.group", FieldKind.CHOICE),
			rule("items[].domain", "field.item.domain", FieldKind.CHOICE, names(Domain.class), ""),
			rule("items[].allocation", "field.item.allocation", FieldKind.CHOICE),
			rule("allocationKeys[].name", "field.key.name", FieldKind.TEXT),
			choice("allocationKeys[].method", "field.key.method", names(KeyMethod.class), "EQUAL"),
			rule("allocationKeys[].parties", "field.key.parties", FieldKind.CHOICES),
			new Rule(Pattern.compile("allocationKeys\\[\\d+]\\.weights\\.[A-Za-z0-9_-]{1,64}"),
					new FieldSpec("field.key.weight", FieldKind.NUMBER, List.of(), "", "")),
			choice("settlement.method", "field.settlement.method", names(SettlementMethod.class), "NONE"),
			rule("settlement.key", "field.settlement.key", FieldKind.CHOICE),
			choice("settlement.basis", "field.settlement.basis", names(ValueBasis.class), "PV"),
			rule("settlement.perYear", "field.settlement.perYear", FieldKind.BOOL),
			rule("settlement.includeCapacity", "field.settlement.includeCapacity", FieldKind.BOOL));

	private static Rule choice(String path, String label, List<String> options, String fallback) {
		Rule plain = rule(path, label, FieldKind.CHOICE, options, "");
		return new Rule(plain.path(), new FieldSpec(label, FieldKind.CHOICE, options, "", fallback));
	}

	static Optional<FieldSpec> of(String path) {
		return RULES.stream().filter(r -> r.path().matcher(path).matches()).map(Rule::spec).findFirst();
	}
}
