package nl.ontschot.engine.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.ontschot.engine.model.ArrangementType;
import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.BondMode;
import nl.ontschot.engine.model.Category;
import nl.ontschot.engine.model.Count;
import nl.ontschot.engine.model.Curve;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.ItemType;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.Nature;
import nl.ontschot.engine.model.PartyType;
import nl.ontschot.engine.model.Recurrence;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.model.SurplusTo;
import nl.ontschot.engine.model.ValueBasis;

/**
 * The one home of the case format (calculation.md sections 2 and 6): every field with its kind, default,
 * range, whether it may be a formula, when it takes its value and the message key of its label. The reader
 * checks numbers against it, the calculation checks evaluated formulas against it, and the app's pages take
 * their labels, kinds, options and defaults from it.
 */
public final class CaseSchema {

	private static final List<SchemaField> FIELDS;
	private static final Map<String, SchemaField> BY_PATH;
	/** The pattern of each field of {@link #FIELDS}, in the same order. */
	private static final List<Pattern> PATTERNS;
	/** The fields of each first name of a path, in the order of {@link #FIELDS}. */
	private static final Map<String, List<Integer>> BY_HEAD;

	static {
		Builder b = new Builder();
		b.field("schemaVersion", FieldKind.INTEGER).range(Range.between(1, 2)).required().label("field.schemaVersion");
		b.field("name", FieldKind.TEXT).required().label("field.name");
		b.field("description", FieldKind.TEXT).label("field.description");
		b.field("startYear", FieldKind.INTEGER).range(Range.between(1900, 2200)).required().label("field.startYear");
		b.field("horizonYears", FieldKind.INTEGER).range(Range.between(1, 50)).required().label("field.horizonYears");
		b.number("discountRate", FieldKind.PERCENT, Range.between(0, 0.5), "0").once().label("field.discountRate");
		b.number("hoursPerFte", FieldKind.NUMBER, Range.POSITIVE, "1872").once().label("field.hoursPerFte");
		b.field("implementation.years", FieldKind.INTEGER).range(Range.between(0, 50)).byDefault("0")
				.label("field.implementationYears");
		b.choice("implementation.curve", Curve.class, "LINEAR").label("field.implementationCurve");
		b.field("includedCategories", FieldKind.CHOICES).choices(Category.class).label("field.includedCategories");

		b.field("parameters[].id", FieldKind.ID).since(2).required().label("field.parameter.id");
		b.field("parameters[].name", FieldKind.TEXT).since(2).label("field.parameter.name");
		b.number("parameters[].value", FieldKind.NUMBER, Range.ANY, null).since(2).required()
				.label("field.parameter.value");
		b.field("parameters[].unit", FieldKind.TEXT).since(2).label("field.parameter.unit");
		b.field("parameters[].description", FieldKind.TEXT).since(2).label("field.parameter.description");

		b.field("targetGroups[].id", FieldKind.ID).required().label("field.group.id");
		b.field("targetGroups[].name", FieldKind.TEXT).label("field.group.name");
		b.field("targetGroups[].description", FieldKind.TEXT).label("field.group.description");
		b.number("targetGroups[].population", FieldKind.NUMBER, Range.between(0, 1e9), null).required()
				.label("field.group.population");
		b.number("targetGroups[].reachRate", FieldKind.PERCENT, Range.FRACTION, "1").label("field.group.reachRate");
		b.number("targetGroups[].successRate", FieldKind.PERCENT, Range.FRACTION, "1")
				.label("field.group.successRate");

		b.field("parties", FieldKind.STRUCTURE).required().nonEmpty().label("field.parties");
		b.field("parties[].id", FieldKind.ID).required().label("field.party.id");
		b.field("parties[].name", FieldKind.TEXT).required().label("field.party.name");
		b.choice("parties[].type", PartyType.class, null).required().label("field.party.type");
		b.field("parties[].essential", FieldKind.BOOLEAN).byDefault("false").label("field.party.essential");
		b.field("parties[].domains", FieldKind.CHOICES).choices(Domain.class).label("field.party.domains");
		b.field("parties[].contact", FieldKind.TEXT).label("field.party.contact");

		b.field("activities[].id", FieldKind.ID).required().label("field.activity.id");
		b.field("activities[].name", FieldKind.TEXT).required().label("field.activity.name");
		b.choice("activities[].domain", Domain.class, null).label("field.activity.domain");
		b.field("activities[].unit", FieldKind.TEXT).label("field.activity.unit");
		b.field("activities[].provider", FieldKind.REFERENCE).required().label("field.activity.provider");
		b.field("activities[].financier", FieldKind.REFERENCE).label("field.activity.financier");
		b.field("activities[].financier[].party", FieldKind.REFERENCE).since(2).required().label("field.share.party");
		b.number("activities[].financier[].share", FieldKind.NUMBER, Range.POSITIVE, null).once().since(2).required()
				.label("field.share.share");
		b.choice("activities[].basis", Basis.class, "PER_SUCCESS").label("field.activity.basis");
		b.field("activities[].group", FieldKind.REFERENCE).label("field.activity.group");
		for (String side : List.of("current", "future")) {
			String label = "field.activity." + side;
			Entry situation = b.field("activities[]." + side, FieldKind.STRUCTURE);
			// the current situation is required, the future one defaults to it field by field
			(side.equals("current") ? situation.required() : situation).label(label);
			Entry volume = b.number("activities[]." + side + ".volume", FieldKind.NUMBER, Range.NON_NEGATIVE, null);
			(side.equals("current") ? volume.required() : volume).label(label + "Volume");
			b.number("activities[]." + side + ".tariff", FieldKind.MONEY, Range.NON_NEGATIVE, "0")
					.label(label + "Tariff");
			b.number("activities[]." + side + ".unitCost", FieldKind.MONEY, Range.NON_NEGATIVE, "0")
					.label(label + "UnitCost");
			b.number("activities[]." + side + ".hoursPerUnit", FieldKind.NUMBER, Range.NON_NEGATIVE, "0")
					.label(label + "HoursPerUnit");
		}
		b.number("activities[].capacityRelease", FieldKind.PERCENT, Range.FRACTION, "0")
				.label("field.activity.capacityRelease");
		b.field("activities[].requires", FieldKind.REFERENCES).label("field.activity.requires");

		b.field("items[].id", FieldKind.ID).required().label("field.item.id");
		b.field("items[].name", FieldKind.TEXT).required().label("field.item.name");
		b.choice("items[].type", ItemType.class, null).required().label("field.item.type");
		b.choice("items[].nature", Nature.class, "CASH").label("field.item.nature");
		b.choice("items[].category", Category.class, "OTHER").label("field.item.category");
		b.choice("items[].recurrence", Recurrence.class, null).required().label("field.item.recurrence");
		b.field("items[].year", FieldKind.YEAR_INDEX).byDefault("0").label("field.item.calendarYear");
		b.field("items[].fromYear", FieldKind.YEAR_INDEX).label("field.item.calendarFromYear");
		b.field("items[].toYear", FieldKind.YEAR_INDEX).label("field.item.calendarToYear");
		b.number("items[].amount", FieldKind.MONEY, Range.NON_NEGATIVE, null).label("field.item.amount");
		b.number("items[].fte", FieldKind.NUMBER, Range.NON_NEGATIVE, null).label("field.item.fte");
		b.number("items[].costPerFte", FieldKind.MONEY, Range.NON_NEGATIVE, null).label("field.item.costPerFte");
		b.choice("items[].basis", Basis.class, "TOTAL").label("field.item.basis");
		b.field("items[].group", FieldKind.REFERENCE).label("field.item.group");
		b.field("items[].followsEffect", FieldKind.BOOLEAN).label("field.item.followsEffect");
		b.field("items[].party", FieldKind.REFERENCE).label("field.item.party");
		b.field("items[].allocation", FieldKind.REFERENCE).label("field.item.allocation");
		b.choice("items[].domain", Domain.class, null).label("field.item.domain");
		b.field("items[].requires", FieldKind.REFERENCES).label("field.item.requires");

		b.field("allocationKeys[].id", FieldKind.ID).required().label("field.key.id");
		b.field("allocationKeys[].name", FieldKind.TEXT).label("field.key.name");
		b.choice("allocationKeys[].method", KeyMethod.class, null).required().label("field.key.method");
		b.field("allocationKeys[].parties", FieldKind.REFERENCES).nonEmpty().label("field.key.parties");
		b.number("allocationKeys[].weights.*", FieldKind.NUMBER, Range.NON_NEGATIVE, null).once()
				.label("field.key.weight");
		b.field("allocationKeys[].basis", FieldKind.TEXT).label("field.key.basis");

		b.choice("settlement.method", SettlementMethod.class, "NONE").label("field.settlement.method");
		b.field("settlement.key", FieldKind.REFERENCE).label("field.settlement.key");
		b.choice("settlement.basis", ValueBasis.class, "PV").label("field.settlement.basis");
		b.field("settlement.perYear", FieldKind.BOOLEAN).byDefault("false").label("field.settlement.perYear");
		b.field("settlement.includeCapacity", FieldKind.BOOLEAN).byDefault("false")
				.label("field.settlement.includeCapacity");

		// reserved in version 1: accepted and ignored (section 2); its fields are those of version 2
		b.field("arrangements", FieldKind.STRUCTURE).label("field.arrangements");
		b.field("arrangements[].id", FieldKind.ID).since(2).required().label("field.arrangement.id");
		b.choice("arrangements[].type", ArrangementType.class, null).since(2).required()
				.label("field.arrangement.type");
		b.field("arrangements[].name", FieldKind.TEXT).since(2).label("field.arrangement.name");
		b.field("arrangements[].fromYear", FieldKind.YEAR_INDEX).since(2).label("field.arrangement.fromYear");
		b.field("arrangements[].toYear", FieldKind.YEAR_INDEX).since(2).label("field.arrangement.toYear");
		for (String role : List.of("payer", "investor", "fundHolder", "holder")) {
			b.field("arrangements[]." + role, FieldKind.REFERENCE).since(2).label("field.arrangement." + role);
		}
		for (String list : List.of("recipients", "contributors", "outcomePayers")) {
			b.field("arrangements[]." + list, FieldKind.SHARES).since(2).nonEmpty().label("field.arrangement." + list);
			b.field("arrangements[]." + list + "[].party", FieldKind.REFERENCE).since(2).required()
					.label("field.share.party");
			b.number("arrangements[]." + list + "[].share", FieldKind.NUMBER, Range.POSITIVE, null).since(2)
					.required().label("field.share.share");
		}
		for (String list : List.of("scope", "financed", "beneficiaries")) {
			b.field("arrangements[]." + list, FieldKind.REFERENCES).since(2).nonEmpty()
					.label("field.arrangement." + list);
		}
		b.number("arrangements[].sharingRate", FieldKind.PERCENT, Range.FRACTION, null).since(2)
				.label("field.arrangement.sharingRate");
		b.number("arrangements[].minimumSavingsRate", FieldKind.PERCENT, Range.FRACTION, "0").since(2)
				.label("field.arrangement.minimumSavingsRate");
		b.number("arrangements[].cap", FieldKind.PERCENT, Range.NON_NEGATIVE, null).since(2)
				.label("field.arrangement.cap");
		b.field("arrangements[].twoSided", FieldKind.BOOLEAN).byDefault("false").since(2)
				.label("field.arrangement.twoSided");
		b.number("arrangements[].lossSharingRate", FieldKind.PERCENT, Range.FRACTION, null).since(2)
				.label("field.arrangement.lossSharingRate");
		b.number("arrangements[].price", FieldKind.MONEY, Range.NON_NEGATIVE, null).since(2)
				.label("field.arrangement.price");
		b.choice("arrangements[].per", Count.class, null).since(2).label("field.arrangement.per");
		b.field("arrangements[].group", FieldKind.REFERENCE).since(2).label("field.arrangement.group");
		b.number("arrangements[].amount", FieldKind.MONEY, Range.NON_NEGATIVE, null).since(2)
				.label("field.arrangement.amount");
		b.field("arrangements[].condition", FieldKind.STRUCTURE).since(2).label("field.arrangement.condition");
		b.field("arrangements[].condition.parameter", FieldKind.REFERENCE).since(2)
				.label("field.condition.parameter");
		b.number("arrangements[].condition.atLeast", FieldKind.NUMBER, Range.ANY, null).since(2)
				.label("field.condition.atLeast");
		b.field("arrangements[].condition.group", FieldKind.REFERENCE).since(2).label("field.condition.group");
		b.number("arrangements[].condition.successRateAtLeast", FieldKind.PERCENT, Range.ANY, null).since(2)
				.label("field.condition.successRateAtLeast");
		b.choice("arrangements[].mode", BondMode.class, null).since(2).label("field.arrangement.mode");
		b.number("arrangements[].returnRate", FieldKind.PERCENT, Range.NON_NEGATIVE, null).once().since(2)
				.label("field.arrangement.returnRate");
		b.field("arrangements[].repaymentYear", FieldKind.YEAR_INDEX).since(2)
				.label("field.arrangement.repaymentYear");
		b.number("arrangements[].maxReturnRate", FieldKind.PERCENT, Range.NON_NEGATIVE, "0").once().since(2)
				.label("field.arrangement.maxReturnRate");
		b.field("arrangements[].capAtSavings", FieldKind.BOOLEAN).byDefault("true").since(2)
				.label("field.arrangement.capAtSavings");
		b.number("arrangements[].budget", FieldKind.MONEY, Range.NON_NEGATIVE, null).since(2)
				.label("field.arrangement.budget");
		b.choice("arrangements[].surplus", SurplusTo.class, "HOLDER").since(2).label("field.arrangement.surplus");

		b.field("scenarios[].id", FieldKind.ID).since(2).required().label("field.scenario.id");
		b.field("scenarios[].name", FieldKind.TEXT).since(2).label("field.scenario.name");
		b.field("scenarios[].description", FieldKind.TEXT).since(2).label("field.scenario.description");
		b.field("scenarios[].set", FieldKind.STRUCTURE).since(2).required().label("field.scenario.set");
		b.number("scenarios[].set.*", FieldKind.NUMBER, Range.ANY, null).since(2).label("field.scenario.value");

		b.field("actuals[].year", FieldKind.INTEGER).since(2).required().label("field.actual.year");
		b.field("actuals[].note", FieldKind.TEXT).since(2).label("field.actual.note");
		b.field("actuals[].parameters.*", FieldKind.NUMBER).range(Range.ANY).since(2).label("field.actual.parameter");
		b.field("actuals[].targetGroups.*.population", FieldKind.NUMBER).range(Range.between(0, 1e9)).since(2)
				.label("field.group.population");
		b.field("actuals[].targetGroups.*.reachRate", FieldKind.PERCENT).range(Range.FRACTION).since(2)
				.label("field.group.reachRate");
		b.field("actuals[].targetGroups.*.successRate", FieldKind.PERCENT).range(Range.FRACTION).since(2)
				.label("field.group.successRate");
		b.field("actuals[].activities.*.volume", FieldKind.NUMBER).range(Range.NON_NEGATIVE).since(2).required()
				.label("field.actual.volume");
		b.field("actuals[].activities.*.tariff", FieldKind.MONEY).range(Range.NON_NEGATIVE).since(2)
				.label("field.actual.tariff");
		b.field("actuals[].activities.*.unitCost", FieldKind.MONEY).range(Range.NON_NEGATIVE).since(2)
				.label("field.actual.unitCost");
		b.field("actuals[].items.*.amount", FieldKind.MONEY).range(Range.NON_NEGATIVE).since(2).required()
				.label("field.actual.amount");
		// read by its own reader (calculation.md 6.8), its targets as scenarios' are
		b.field("uncertainty", FieldKind.STRUCTURE).label("field.uncertainty");
		// reserved: the reader accepts it, the calculation does not use it
		b.field("conversation", FieldKind.STRUCTURE).label("field.conversation");
		FIELDS = Collections.unmodifiableList(b.fields);
		BY_PATH = FIELDS.stream().collect(Collectors.toUnmodifiableMap(SchemaField::path, Function.identity()));
		// compiled once: pages look up a field for every cell they show
		PATTERNS = FIELDS.stream().map(SchemaField::pattern).toList();
		Map<String, List<Integer>> byHead = new HashMap<>();
		for (int f = 0; f < FIELDS.size(); f++) {
			byHead.computeIfAbsent(head(FIELDS.get(f).path()), h -> new ArrayList<>()).add(f);
		}
		BY_HEAD = Map.copyOf(byHead);
	}

	private CaseSchema() {
	}

	/** Every field, in the order of calculation.md. */
	public static List<SchemaField> fields() {
		return FIELDS;
	}

	/** The field with this pattern ({@code targetGroups[].successRate}); throws for a pattern not in the table. */
	public static SchemaField field(String pattern) {
		SchemaField field = BY_PATH.get(pattern);
		if (field == null) {
			throw new IllegalArgumentException("not a field of the case format: " + pattern);
		}
		return field;
	}

	/** The field a concrete path ({@code activities[3].current.volume}) is, if any. */
	public static Optional<SchemaField> at(String concrete) {
		// most paths name no map key: their pattern is the path with its indexes left out, found at once
		SchemaField plain = withoutIndexes(concrete).map(BY_PATH::get).orElse(null);
		if (plain != null) {
			return Optional.of(plain);
		}
		for (int f : BY_HEAD.getOrDefault(head(concrete), List.of())) {
			if (PATTERNS.get(f).matcher(concrete).matches()) {
				return Optional.of(FIELDS.get(f));
			}
		}
		return Optional.empty();
	}

	/** {@code activities[3].current.volume} as {@code activities[].current.volume}; empty for {@code a[].b}. */
	private static Optional<String> withoutIndexes(String concrete) {
		StringBuilder pattern = new StringBuilder(concrete.length());
		int i = 0;
		while (i < concrete.length()) {
			char c = concrete.charAt(i++);
			pattern.append(c);
			if (c == '[') {
				int digits = i;
				while (i < concrete.length() && concrete.charAt(i) >= '0' && concrete.charAt(i) <= '9') {
					i++;
				}
				if (i == digits) {
					return Optional.empty();
				}
			}
		}
		return Optional.of(pattern.toString());
	}

	/** The first name of a path ({@code activities} of {@code activities[3].current.volume}). */
	private static String head(String path) {
		int end = 0;
		while (end < path.length() && path.charAt(end) != '[' && path.charAt(end) != '.') {
			end++;
		}
		return path.substring(0, end);
	}

	private static final class Builder {

		private final List<SchemaField> fields = new ArrayList<>();

		Entry field(String path, FieldKind kind) {
			return new Entry(this, path, kind);
		}

		Entry number(String path, FieldKind kind, Range range, String fallback) {
			Entry e = new Entry(this, path, kind).range(range).formula();
			return fallback == null ? e : e.byDefault(fallback);
		}

		Entry choice(String path, Class<? extends Enum<?>> type, String fallback) {
			Entry e = new Entry(this, path, FieldKind.CHOICE).choices(type);
			return fallback == null ? e : e.byDefault(fallback);
		}
	}

	private static final class Entry {

		private final Builder builder;
		private final String path;
		private final FieldKind kind;
		private Optional<String> fallback = Optional.empty();
		private Range range = Range.ANY;
		private boolean formula;
		private Timing timing = Timing.PER_YEAR;
		private int since = 1;
		private boolean required;
		private boolean nonEmpty;
		private List<String> choices = List.of();

		Entry(Builder builder, String path, FieldKind kind) {
			this.builder = builder;
			this.path = path;
			this.kind = kind;
		}

		Entry byDefault(String value) {
			fallback = Optional.of(value);
			return this;
		}

		Entry range(Range r) {
			range = r;
			return this;
		}

		Entry formula() {
			formula = true;
			return this;
		}

		Entry once() {
			timing = Timing.ONCE;
			return this;
		}

		/** The reader refuses the case without it (section 2: "required"). */
		Entry required() {
			required = true;
			return this;
		}

		/** A list that, when given, holds at least one (the reader refuses an empty one). */
		Entry nonEmpty() {
			nonEmpty = true;
			return this;
		}

		Entry since(int version) {
			since = version;
			return this;
		}

		Entry choices(Class<? extends Enum<?>> type) {
			choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
			return this;
		}

		void label(String key) {
			builder.fields.add(new SchemaField(path, kind, required, nonEmpty, fallback, range, formula, timing, since,
					choices, key));
		}
	}
}
