package nl.ontschot.engine.calculation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import nl.ontschot.engine.Notice;
import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.AllocationKey;
import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.ItemType;
import nl.ontschot.engine.model.Nature;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.Recurrence;
import nl.ontschot.engine.model.TargetGroup;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.DomainShare;
import nl.ontschot.engine.result.Flows;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.PartyYear;
import nl.ontschot.engine.result.PresentValue;
import nl.ontschot.engine.result.SteadyState;

/** One run of the rules of calculation.md section 3 over a valid case. */
final class Calculation {

	private final Case c;
	private final int parties;
	private final int years;
	private final Map<String, Integer> partyIndex = new HashMap<>();
	private final Map<String, TargetGroup> groups = new HashMap<>();
	private final double[] effect;
	private final double[] discount;
	private final int[] essentials;
	private final Ledger ledger;
	private final List<Source> sources = new ArrayList<>();
	private final List<Notice> warnings = new ArrayList<>();
	private final double[][] steady;
	/** Per financing domain (empty: none) and party, the net contributions per year. */
	private final Map<Optional<Domain>, double[][]> netByDomain = new java.util.LinkedHashMap<>();

	private static final int CURRENT_EXPENSE = 0;
	private static final int CURRENT_REVENUE = 1;
	private static final int CURRENT_OPERATING_COST = 2;
	private static final int CURRENT_HOURS = 3;
	private static final int FUTURE_EXPENSE = 4;
	private static final int FUTURE_REVENUE = 5;
	private static final int FUTURE_OPERATING_COST = 6;
	private static final int FUTURE_HOURS = 7;
	private static final int STRUCTURAL_ITEM_COSTS = 8;
	private static final int STRUCTURAL_ITEM_BENEFITS = 9;

	Calculation(Case c) {
		this.c = c;
		this.parties = c.parties().size();
		this.years = c.horizonYears();
		for (int i = 0; i < parties; i++) {
			partyIndex.put(c.parties().get(i).id(), i);
		}
		c.targetGroups().forEach(g -> groups.put(g.id(), g));
		effect = new double[years];
		discount = new double[years];
		for (int t = 0; t < years; t++) {
			effect[t] = c.implementation().effect(t);
			discount[t] = c.discount(t);
		}
		essentials = c.parties().stream().filter(Party::essential).mapToInt(p -> partyIndex.get(p.id())).toArray();
		ledger = new Ledger(parties, years);
		steady = new double[parties][10];
	}

	CalculationResult run() {
		c.activities().forEach(this::applyActivity);
		List<Item> counted = new ArrayList<>();
		for (Item item : c.items()) {
			if (c.includedCategories().contains(item.category())) {
				counted.add(item);
			} else {
				warnings.add(Notice.of("items." + item.id(), "warning.categoryNotCounted", item.category().name()));
			}
		}
		counted.stream().filter(i -> !i.shared()).forEach(i -> applyItem(i, new int[] { index(i.party().get()) },
				new double[] { 1 }));
		Allocation allocation = new Allocation(c, benefitsForKeys(), warnings);
		counted.stream().filter(Item::shared).forEach(i -> {
			AllocationKey key = allocation.key(i.allocation().get());
			applyItem(i, key.parties().stream().mapToInt(this::index).toArray(), allocation.shares(key));
		});
		return assemble(new Settling(c, ledger, sources, allocation).settle());
	}

	private int index(String partyId) {
		return partyIndex.get(partyId);
	}

	private double scale(Basis basis, Optional<String> group) {
		return group.map(groups::get).map(g -> g.scale(basis)).orElse(1.0);
	}

	private void applyActivity(Activity a) {
		int provider = index(a.provider());
		int financier = a.financier().map(this::index).orElse(-1);
		double m = scale(a.basis(), a.group());
		double expenseUnit = a.future().expense() - a.current().expense();
		double costUnit = a.future().operatingCost() - a.current().operatingCost();
		double hoursUnit = a.future().hours() - a.current().hours();
		double release = a.capacityRelease();
		double[] net = new double[years];
		double[] capacity = new double[years];
		for (int t = 0; t < years; t++) {
			double k = m * effect[t];
			double dE = k * expenseUnit;
			if (financier >= 0) {
				ledger.add(financier, t, Ledger.EXPENSE, dE);
			}
			ledger.add(provider, t, Ledger.REVENUE, dE);
			double dC = k * costUnit;
			double cashCost = dC >= 0 ? dC : release * dC;
			double released = dC >= 0 ? 0 : (1 - release) * -dC;
			ledger.add(provider, t, Ledger.OPERATING_COST, cashCost);
			ledger.add(provider, t, Ledger.CAPACITY, released);
			ledger.add(provider, t, Ledger.HOURS, k * hoursUnit);
			net[t] = (financier >= 0 ? 0 : dE) - cashCost;
			capacity[t] = released;
			double[][] domain = domainNet(a.domain());
			if (financier >= 0) {
				domain[financier][t] -= dE;
			}
			domain[provider][t] += dE - cashCost;
		}
		TreeSet<Integer> required = new TreeSet<>(List.of(provider));
		if (financier >= 0) {
			required.add(financier);
		}
		a.requires().forEach(p -> required.add(index(p)));
		sources.add(new Source(withEssentials(required), net, capacity));

		if (financier >= 0) {
			steady[financier][CURRENT_EXPENSE] += m * a.current().expense();
			steady[financier][FUTURE_EXPENSE] += m * a.future().expense();
		}
		steady[provider][CURRENT_REVENUE] += m * a.current().expense();
		steady[provider][FUTURE_REVENUE] += m * a.future().expense();
		steady[provider][CURRENT_OPERATING_COST] += m * a.current().operatingCost();
		steady[provider][FUTURE_OPERATING_COST] += m * a.future().operatingCost();
		steady[provider][CURRENT_HOURS] += m * a.current().hours();
		steady[provider][FUTURE_HOURS] += m * a.future().hours();
	}

	/** Applies an item to its receiving parties, each taking the given share of it. */
	private void applyItem(Item item, int[] receivers, double[] shares) {
		double base = item.amount() * scale(item.basis(), item.group());
		double[] value = new double[years];
		for (int t = 0; t < years; t++) {
			if (item.occursIn(t)) {
				value[t] = item.followsEffect() ? base * effect[t] : base;
			}
		}
		double sign = item.sign();
		boolean cost = item.type() == ItemType.COST;
		for (int r = 0; r < receivers.length; r++) {
			int party = receivers[r];
			for (int t = 0; t < years; t++) {
				double v = value[t] * shares[r];
				switch (item.nature()) {
					case CASH -> {
						domainNet(item.domain())[party][t] += sign * v;
						ledger.add(party, t, cost ? Ledger.ITEM_COSTS : Ledger.ITEM_BENEFITS, v);
						if (cost) {
							ledger.add(party, t, item.recurrence() == Recurrence.INCIDENTAL ? Ledger.INCIDENTAL_COSTS
									: Ledger.STRUCTURAL_COSTS, v);
						}
					}
					case CAPACITY -> ledger.add(party, t, Ledger.CAPACITY, sign * v);
					case SOCIETAL -> ledger.add(party, t, Ledger.SOCIETAL, sign * v);
				}
			}
			if (item.recurrence() == Recurrence.STRUCTURAL && item.nature() == Nature.CASH) {
				steady[party][cost ? STRUCTURAL_ITEM_COSTS : STRUCTURAL_ITEM_BENEFITS] += base * shares[r];
			}
		}

		double[] net = new double[years];
		double[] capacity = new double[years];
		for (int t = 0; t < years; t++) {
			switch (item.nature()) {
				case CASH -> net[t] = sign * value[t];
				case CAPACITY -> capacity[t] = sign * value[t];
				case SOCIETAL -> {
					// social value is not money and is not settled
				}
			}
		}
		TreeSet<Integer> required = new TreeSet<>();
		for (int r = 0; r < receivers.length; r++) {
			if (shares[r] > 0) {
				required.add(receivers[r]);
			}
		}
		item.requires().forEach(p -> required.add(index(p)));
		sources.add(new Source(withEssentials(required), net, capacity));
	}

	private double[][] domainNet(Optional<Domain> domain) {
		return netByDomain.computeIfAbsent(domain, d -> new double[parties][years]);
	}

	private List<DomainShare> domainShares() {
		List<DomainShare> shares = new ArrayList<>();
		for (int i = 0; i < parties; i++) {
			for (Map.Entry<Optional<Domain>, double[][]> e : netByDomain.entrySet()) {
				double nominal = 0;
				double present = 0;
				boolean touched = false;
				for (int t = 0; t < years; t++) {
					double v = e.getValue()[i][t];
					nominal += v;
					present += discount[t] * v;
					touched |= v != 0;
				}
				if (touched) {
					shares.add(new DomainShare(c.parties().get(i).id(), e.getKey(), nominal, present));
				}
			}
		}
		return shares;
	}

	private int[] withEssentials(TreeSet<Integer> required) {
		for (int e : essentials) {
			required.add(e);
		}
		return required.stream().mapToInt(Integer::intValue).toArray();
	}

	/** B_i for BY_BENEFIT keys: the present value of each party's net from activities and unshared items. */
	private double[] benefitsForKeys() {
		double[] benefit = new double[parties];
		for (int i = 0; i < parties; i++) {
			for (int t = 0; t < years; t++) {
				benefit[i] += discount[t] * ledger.net(i, t);
			}
		}
		return benefit;
	}

	private CalculationResult assemble(Settling.Outcome outcome) {
		List<PartyResult> partyResults = new ArrayList<>(parties);
		Flows caseTotal = Flows.ZERO;
		PresentValue casePv = PresentValue.ZERO;
		for (int i = 0; i < parties; i++) {
			Party party = c.parties().get(i);
			List<PartyYear> partyYears = new ArrayList<>(years);
			Flows total = Flows.ZERO;
			double pvNet = 0;
			double pvCapacity = 0;
			double pvSocietal = 0;
			double basisNet = 0;
			for (int t = 0; t < years; t++) {
				Flows flows = ledger.flows(i, t);
				double yearSettlement = outcome.perYear()[i][t];
				partyYears.add(new PartyYear(c.startYear() + t, flows, yearSettlement, flows.net() + yearSettlement));
				total = total.plus(flows);
				pvNet += discount[t] * flows.net();
				pvCapacity += discount[t] * flows.capacity();
				pvSocietal += discount[t] * flows.societal();
				basisNet += outcome.weight()[t] * flows.net();
			}
			PresentValue pv = new PresentValue(pvNet, pvCapacity, pvSocietal);
			double[] s = steady[i];
			SteadyState steadyState = new SteadyState(
					new SteadyState.Side(s[CURRENT_EXPENSE], s[CURRENT_REVENUE], s[CURRENT_OPERATING_COST],
							s[CURRENT_HOURS]),
					new SteadyState.Side(s[FUTURE_EXPENSE], s[FUTURE_REVENUE], s[FUTURE_OPERATING_COST], s[FUTURE_HOURS]),
					s[STRUCTURAL_ITEM_COSTS], s[STRUCTURAL_ITEM_BENEFITS]);
			double transfer = outcome.transfers()[i];
			partyResults.add(new PartyResult(party.id(), party.name(), partyYears, total, pv, transfer,
					basisNet + transfer, steadyState));
			caseTotal = caseTotal.plus(total);
			casePv = casePv.plus(pv);
		}
		List<Integer> calendarYears = new ArrayList<>(years);
		for (int t = 0; t < years; t++) {
			calendarYears.add(c.startYear() + t);
		}
		return new CalculationResult(c.name(), calendarYears, partyResults, caseTotal, casePv, outcome.result(),
				warnings, domainShares());
	}
}
