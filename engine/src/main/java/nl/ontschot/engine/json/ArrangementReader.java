package nl.ontschot.engine.json;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.ArrangementType;
import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.BondMode;
import nl.ontschot.engine.model.Condition;
import nl.ontschot.engine.model.Count;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.Parameter;
import nl.ontschot.engine.model.PartyShare;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.SurplusTo;
import nl.ontschot.engine.model.TargetGroup;
import tools.jackson.databind.JsonNode;

/**
 * Reads the financing arrangements of a version 2 case (calculation.md 6.5, validated as 6.10 says): the
 * fields of each type, its references to parties, activities, items, groups and key figures, and its terms.
 */
final class ArrangementReader {

	/** condition is known to every type, so that a misplaced one is refused with its reason (6.10). */
	private static final Set<String> COMMON = Set.of("id", "type", "name", "fromYear", "toYear", "condition");
	private static final Map<ArrangementType, Set<String>> FIELDS = Map.of(
			ArrangementType.SHARED_SAVINGS, Set.of("payer", "recipients", "scope", "sharingRate",
					"minimumSavingsRate", "cap", "twoSided", "lossSharingRate"),
			ArrangementType.FIXED_PAYMENT, Set.of("payer", "recipients", "scope", "price", "per", "group"),
			ArrangementType.OUTCOME_PAYMENT, Set.of("payer", "recipients", "amount", "per", "group", "condition"),
			ArrangementType.IMPACT_BOND, Set.of("investor", "financed", "outcomePayers", "mode", "returnRate",
					"repaymentYear", "condition", "price", "group", "maxReturnRate"),
			ArrangementType.REVOLVING_FUND, Set.of("fundHolder", "financed", "beneficiaries", "capAtSavings"),
			ArrangementType.POOLED_BUDGET, Set.of("holder", "contributors", "scope", "budget", "surplus"));

	private final Problems problems;
	private final CaseReader reader;
	private int horizon;
	private Map<String, Activity> activities;
	private Map<String, Item> items;
	private Set<String> parameters;
	private Set<String> groups;

	ArrangementReader(Problems problems, CaseReader reader) {
		this.problems = problems;
		this.reader = reader;
	}

	List<Arrangement> read(Obj c, int horizon, List<TargetGroup> targetGroups, List<Activity> activityList,
			List<Item> itemList, List<Parameter> parameterList) {
		this.horizon = horizon;
		this.activities = activityList.stream().collect(Collectors.toMap(Activity::id, Function.identity(), (a, b) -> a));
		this.items = itemList.stream().collect(Collectors.toMap(Item::id, Function.identity(), (a, b) -> a));
		this.parameters = parameterList.stream().map(Parameter::id).collect(Collectors.toSet());
		this.groups = targetGroups.stream().map(TargetGroup::id).collect(Collectors.toSet());
		return c.list("arrangements", this::arrangement);
	}

	private Optional<Arrangement> arrangement(JsonNode node, String at) {
		if (!node.isObject()) {
			problems.add(at, "error.notObject");
			return Optional.empty();
		}
		JsonNode typeNode = node.get("type");
		if (typeNode == null || typeNode.isNull()) {
			problems.add(Obj.child(at, "type"), "error.required");
			return Optional.empty();
		}
		Optional<ArrangementType> type = Obj.choice(typeNode, Obj.child(at, "type"), ArrangementType.class, problems);
		if (type.isEmpty()) {
			return Optional.empty();
		}
		Set<String> known = new HashSet<>(COMMON);
		known.addAll(FIELDS.get(type.get()));
		return Obj.of(node, at, problems, known).map(o -> {
			String id = reader.id(o);
			if (id.equals("none")) {
				problems.add(o.path("id"), "error.reservedArrangement");
			}
			String name = o.text("name").orElse("");
			if (o.given("condition") && type.get() != ArrangementType.OUTCOME_PAYMENT
					&& type.get() != ArrangementType.IMPACT_BOND) {
				problems.add(o.path("condition"), "error.conditionNotAllowed");
			}
			int last = horizon >= 1 ? horizon - 1 : 49;
			int from = reader.yearIndex(o, "fromYear", 0, last);
			int to = reader.yearIndex(o, "toYear", last, last);
			if (from > to) {
				problems.add(o.path("toYear"), "error.reversedYears", Integer.toString(from));
			}
			return switch (type.get()) {
				case SHARED_SAVINGS -> sharedSavings(o, id, name, from, to);
				case FIXED_PAYMENT -> fixedPayment(o, id, name, from, to);
				case OUTCOME_PAYMENT -> outcomePayment(o, id, name, from, to);
				case IMPACT_BOND -> impactBond(o, id, name, from, to, last);
				case REVOLVING_FUND -> revolvingFund(o, id, name, from, to);
				case POOLED_BUDGET -> pooledBudget(o, id, name, from, to);
			};
		});
	}

	private Arrangement sharedSavings(Obj o, String id, String name, int from, int to) {
		String payer = party(o, "payer");
		List<PartyShare> recipients = shares(o, "recipients");
		List<String> scope = o.given("scope") ? financedScope(o, payer)
				: activities.values().stream().filter(a -> a.financedBy(payer)).map(Activity::id).toList();
		o.require("sharingRate");
		Quantity rate = term(o, "sharingRate");
		Quantity minimum = term(o, "minimumSavingsRate");
		Optional<Quantity> cap = o.given("cap") ? Optional.of(term(o, "cap")) : Optional.empty();
		boolean twoSided = o.bool("twoSided").orElse(false);
		Quantity loss = o.given("lossSharingRate") ? term(o, "lossSharingRate") : rate;
		return new Arrangement.SharedSavings(id, name, from, to, payer, recipients, scope, rate, minimum, cap,
				twoSided, loss);
	}

	private Arrangement fixedPayment(Obj o, String id, String name, int from, int to) {
		String payer = party(o, "payer");
		List<PartyShare> recipients = shares(o, "recipients");
		o.require("scope");
		List<String> scope = financedScope(o, payer);
		o.require("price");
		Quantity price = term(o, "price");
		Count per = per(o);
		return new Arrangement.FixedPayment(id, name, from, to, payer, recipients, scope, price, per, group(o, per));
	}

	private Arrangement outcomePayment(Obj o, String id, String name, int from, int to) {
		String payer = party(o, "payer");
		List<PartyShare> recipients = shares(o, "recipients");
		o.require("amount");
		Quantity amount = term(o, "amount");
		Count per = per(o);
		return new Arrangement.OutcomePayment(id, name, from, to, payer, recipients, amount, per, group(o, per),
				condition(o));
	}

	private Arrangement impactBond(Obj o, String id, String name, int from, int to, int last) {
		String investor = party(o, "investor");
		List<String> financed = financed(o);
		List<PartyShare> payers = shares(o, "outcomePayers");
		o.require("mode");
		BondMode mode = o.choice("mode", BondMode.class).orElse(BondMode.PRINCIPAL_PLUS_RETURN);
		Quantity returnRate = Quantity.of(0);
		Quantity price = Quantity.of(0);
		Quantity maxReturn = Quantity.of(0);
		int repaymentYear = last;
		if (mode == BondMode.PRINCIPAL_PLUS_RETURN) {
			o.require("returnRate");
			returnRate = term(o, "returnRate");
			repaymentYear = reader.yearIndex(o, "repaymentYear", last, last);
			notFor(o, mode, "price", "maxReturnRate", "group");
		} else {
			o.require("price");
			price = term(o, "price");
			// read only where it applies: a term of the other mode is refused once, as such
			maxReturn = term(o, "maxReturnRate");
			notFor(o, mode, "returnRate", "repaymentYear", "condition");
		}
		Optional<Condition> condition = mode == BondMode.PRINCIPAL_PLUS_RETURN ? condition(o) : Optional.empty();
		Optional<String> group = mode == BondMode.PER_OUTCOME ? group(o, Count.SUCCESS) : Optional.empty();
		return new Arrangement.ImpactBond(id, name, from, to, investor, financed, payers, mode, returnRate,
				repaymentYear, condition, price, group, maxReturn);
	}

	private Arrangement revolvingFund(Obj o, String id, String name, int from, int to) {
		String holder = party(o, "fundHolder");
		List<String> financed = financed(o);
		o.require("beneficiaries");
		List<String> beneficiaries = o.texts("beneficiaries");
		reader.partyReferences(o, "beneficiaries", beneficiaries);
		if (o.given("beneficiaries") && beneficiaries.isEmpty()) {
			problems.add(o.path("beneficiaries"), "error.noParties");
		}
		return new Arrangement.RevolvingFund(id, name, from, to, holder, financed, beneficiaries,
				o.bool("capAtSavings").orElse(true));
	}

	private Arrangement pooledBudget(Obj o, String id, String name, int from, int to) {
		String holder = party(o, "holder");
		List<PartyShare> contributors = shares(o, "contributors");
		o.require("scope");
		List<String> scope = references(o, "scope", activities.keySet(), "error.unknownActivity");
		for (int i = 0; i < scope.size(); i++) {
			Activity a = activities.get(scope.get(i));
			if (a != null && a.financiers().isEmpty()) {
				problems.add(o.path("scope") + "[" + i + "]", "error.scopeWithoutFinancier", scope.get(i));
			}
		}
		Optional<Quantity> budget = o.given("budget") ? Optional.of(term(o, "budget")) : Optional.empty();
		SurplusTo surplus = o.choice("surplus", SurplusTo.class).orElse(SurplusTo.HOLDER);
		return new Arrangement.PooledBudget(id, name, from, to, holder, contributors, scope, budget, surplus);
	}

	private String party(Obj o, String field) {
		o.require(field);
		return reader.partyReference(o, field).orElse("");
	}

	private List<PartyShare> shares(Obj o, String field) {
		o.require(field);
		return reader.shares(o, field, "arrangements[]." + field + "[].share");
	}

	private Quantity term(Obj o, String field) {
		return reader.quantity(o, field, "arrangements[]." + field);
	}

	private Count per(Obj o) {
		o.require("per");
		return o.choice("per", Count.class).orElse(Count.YEAR);
	}

	/** The group a count refers to: required for PARTICIPANT and SUCCESS unless the case has one group. */
	private Optional<String> group(Obj o, Count per) {
		return reader.group(o, per == Count.YEAR ? Basis.TOTAL : Basis.PER_SUCCESS);
	}

	private void notFor(Obj o, BondMode mode, String... fields) {
		for (String field : fields) {
			if (o.given(field)) {
				problems.add(o.path(field), "error.notForMode", mode.name());
			}
		}
	}

	/**
	 * Scope activities that the payer finances, alone or with others (6.10). An unknown payer, or an activity
	 * with an unknown financier, is reported once where it is named, not again at the scope.
	 */
	private List<String> financedScope(Obj o, String payer) {
		List<String> scope = references(o, "scope", activities.keySet(), "error.unknownActivity");
		for (int i = 0; i < scope.size(); i++) {
			Activity a = activities.get(scope.get(i));
			if (a != null && reader.isParty(payer) && knownFinanciers(a) && !a.financedBy(payer)) {
				problems.add(o.path("scope") + "[" + i + "]", "error.scopeNotFinanced", scope.get(i), payer);
			}
		}
		return scope;
	}

	private boolean knownFinanciers(Activity a) {
		return a.financiers().stream().allMatch(f -> reader.isParty(f.party()));
	}

	/** Financed items of an impact bond or a revolving fund: CASH COST items (6.10). */
	private List<String> financed(Obj o) {
		o.require("financed");
		List<String> financed = references(o, "financed", items.keySet(), "error.unknownItem");
		for (int i = 0; i < financed.size(); i++) {
			Item item = items.get(financed.get(i));
			if (item != null && !item.cashCost()) {
				problems.add(o.path("financed") + "[" + i + "]", "error.financedNotCashCost", financed.get(i));
			}
		}
		return financed;
	}

	private List<String> references(Obj o, String field, Set<String> known, String unknownKey) {
		List<String> ids = o.texts(field);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			String at = o.path(field) + "[" + i + "]";
			if (!known.contains(ids.get(i))) {
				problems.add(at, unknownKey, ids.get(i));
			} else if (!seen.add(ids.get(i))) {
				problems.add(at, "error.duplicateReference", ids.get(i));
			}
		}
		if (o.given(field) && o.raw(field).isArray() && o.raw(field).isEmpty()) {
			problems.add(o.path(field), "error.emptyList");
		}
		return ids;
	}

	private Optional<Condition> condition(Obj o) {
		if (!o.given("condition")) {
			return Optional.empty();
		}
		return Obj.of(o.raw("condition"), o.path("condition"), problems,
				Set.of("parameter", "atLeast", "group", "successRateAtLeast")).flatMap(c -> {
					if (c.given("parameter") && !c.given("group")) {
						String parameter = c.text("parameter").orElse("");
						if (c.text("parameter").isPresent() && !parameters.contains(parameter)) {
							problems.add(c.path("parameter"), "error.unknownParameter", parameter);
						}
						c.require("atLeast");
						notGiven(c, "successRateAtLeast");
						return Optional.of(new Condition.ParameterAtLeast(parameter,
								reader.quantity(c, "atLeast", "arrangements[].condition.atLeast")));
					}
					if (c.given("group") && !c.given("parameter")) {
						String group = c.text("group").orElse("");
						if (c.text("group").isPresent() && !groups.contains(group)) {
							problems.add(c.path("group"), "error.unknownGroup", group);
						}
						c.require("successRateAtLeast");
						notGiven(c, "atLeast");
						return Optional.of(new Condition.SuccessRateAtLeast(group, reader.quantity(c,
								"successRateAtLeast", "arrangements[].condition.successRateAtLeast")));
					}
					problems.add(c.path(), "error.conditionForm");
					return Optional.empty();
				});
	}

	private void notGiven(Obj c, String field) {
		if (c.given(field)) {
			problems.add(c.path(field), "error.conditionForm");
		}
	}
}
