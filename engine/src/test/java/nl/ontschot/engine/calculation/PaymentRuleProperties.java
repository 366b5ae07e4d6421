package nl.ontschot.engine.calculation;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.BondMode;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.PartyType;
import nl.ontschot.engine.model.SurplusTo;
import nl.ontschot.engine.result.Flows;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Condition;
import nl.ontschot.engine.model.Count;
import nl.ontschot.engine.model.PartyShare;
import nl.ontschot.engine.result.CalculationResult;

/**
 * The arrangements in which a payer pays p(t) to recipients by share (calculation.md 6.5 items 1-3), against a
 * reading of the rules written out here from the field values per year, with 6.10's effect curve and scale.
 */
class PaymentRuleProperties {

	@Provide
	Arbitrary<Case> cases() {
		return Arbitraries.randomValue(r -> {
			RandomCases.Edit e = RandomCases.edit(RandomCases.generateV2(r, 0));
			e.arrangements.add(RandomCases.arrangement(r, "x", e, r.nextInt(3)));
			return e.done();
		});
	}

	@Property(tries = 400)
	void aPayerPaysWhatTheRuleSaysToItsRecipientsByShare(@ForAll("cases") Case c) {
		CalculationResult result = Calculator.calculate(c);
		PreparedCase prepared = PreparedCase.of(c);
		Arrangement a = c.arrangements().get(0);
		String payer;
		List<PartyShare> recipients;
		if (a instanceof Arrangement.SharedSavings s) {
			payer = s.payer();
			recipients = s.recipients();
		} else if (a instanceof Arrangement.FixedPayment f) {
			payer = f.payer();
			recipients = f.recipients();
		} else {
			payer = ((Arrangement.OutcomePayment) a).payer();
			recipients = ((Arrangement.OutcomePayment) a).recipients();
		}
		for (int t = 0; t < c.horizonYears(); t++) {
			double p = a.activeIn(t) ? payment(c, prepared, a, t) : 0;
			double sum = 0;
			for (int j = 0; j < recipients.size(); j++) {
				sum += prepared.planValue("arrangements[0].recipients[" + j + "].share", t);
			}
			for (int i = 0; i < c.parties().size(); i++) {
				String party = c.parties().get(i).id();
				double expected = party.equals(payer) ? -p : 0;
				for (int j = 0; j < recipients.size(); j++) {
					if (recipients.get(j).party().equals(party)) {
						expected += p * prepared.planValue("arrangements[0].recipients[" + j + "].share", t) / sum;
					}
				}
				double actual = result.arrangements().get(0).transfers().get(party).get(t);
				Close.assertClose(a.type() + " to " + party + " in year " + t + " (p = " + p + ")", actual, expected);
			}
		}
	}

	@Provide
	Arbitrary<Case> bonds() {
		return Arbitraries.randomValue(r -> {
			RandomCases.Edit e = RandomCases.edit(RandomCases.generateV2(r, 0));
			List<String> cashCosts = e.items.stream().filter(Item::cashCost).map(Item::id).toList();
			List<String> financed = cashCosts.stream().filter(id -> r.nextBoolean()).toList();
			int horizon = e.horizonYears;
			int from = r.nextInt(horizon);
			// outcome payers and condition from the generator, before the investor joins the case
			Arrangement.ImpactBond bond = (Arrangement.ImpactBond) RandomCases.arrangement(r, "x", e, 3);
			e.parties.add(new Party("inv", "Investeerder", PartyType.INVESTOR, false, List.of(), ""));
			e.arrangements.add(new Arrangement.ImpactBond("x", "", from, from + r.nextInt(horizon - from), "inv",
					financed.isEmpty() ? cashCosts.subList(0, 1) : financed, bond.outcomePayers(),
					BondMode.PRINCIPAL_PLUS_RETURN, RandomCases.q(r.nextDouble() * 0.2), r.nextInt(horizon),
					r.nextBoolean() ? Optional.empty() : bond.condition(), RandomCases.q(0), Optional.empty(),
					RandomCases.q(0)));
			return e.done();
		});
	}

	/**
	 * IMPACT_BOND PRINCIPAL_PLUS_RETURN: the investor pays the financed costs c(t) in each active year, and if the
	 * condition holds in the repaymentYear Y it receives Σ_t c(t) × (1 + returnRate)^max(0, Y − t) in year Y
	 * (6.5, 6.10); the bond's investor here takes part in nothing else.
	 */
	@Property(tries = 300)
	void anImpactBondRepaysPrincipalPlusReturnInTheRepaymentYear(@ForAll("bonds") Case c) {
		CalculationResult result = Calculator.calculate(c);
		PreparedCase prepared = PreparedCase.of(c);
		Arrangement.ImpactBond bond = (Arrangement.ImpactBond) c.arrangements().get(0);
		int y = bond.repaymentYear();
		double rate = prepared.planValue("arrangements[0].returnRate", 0);
		double[] financed = new double[c.horizonYears()];
		double due = 0;
		for (int t = 0; t < c.horizonYears(); t++) {
			if (bond.activeIn(t)) {
				for (String id : bond.financed()) {
					financed[t] += itemValue(c, prepared, id, t);
				}
			}
			due += financed[t] * Math.pow(1 + rate, Math.max(0, y - t));
		}
		boolean holds = bond.condition().map(condition -> holds(c, prepared, condition, y)).orElse(true);
		for (int t = 0; t < c.horizonYears(); t++) {
			double expected = -financed[t] + (t == y && holds ? due : 0);
			Close.assertClose("investor in year " + t, result.arrangements().get(0).transfers().get("inv").get(t),
					expected);
		}
	}

	@Provide
	Arbitrary<Case> pools() {
		return Arbitraries.randomValue(r -> {
			RandomCases.Edit e = RandomCases.edit(RandomCases.generateV2(r, 0));
			e.arrangements.add(RandomCases.arrangement(r, "x", e, 5));
			return e.done();
		});
	}

	/**
	 * POOLED_BUDGET: each financier of a scope activity is refunded its part of m(t) × c.volume(t) × c.tariff(t) +
	 * dE(t), FE(t) their sum, paid by the holder; the contributors pay B(t) (budget, or FE(t)) to the holder by
	 * share; B(t) − FE(t) stays with the holder or goes back to the contributors by share.
	 */
	@Property(tries = 300)
	void aPooledBudgetRefundsTheFinanciersFromTheContributions(@ForAll("pools") Case c) {
		CalculationResult result = Calculator.calculate(c);
		PreparedCase prepared = PreparedCase.of(c);
		Arrangement.PooledBudget pool = (Arrangement.PooledBudget) c.arrangements().get(0);
		for (int t = 0; t < c.horizonYears(); t++) {
			java.util.Map<String, Double> expected = new java.util.HashMap<>();
			if (pool.activeIn(t)) {
				double refunds = 0;
				for (String id : pool.scope()) {
					int a = indexOf(c, id);
					double paid = baseline(c, prepared, a, t) + dE(c, prepared, a, t);
					for (PartyShare f : c.activities().get(a).financiers()) {
						double refund = part(c, prepared, a, f.party()) * paid;
						expected.merge(f.party(), refund, Double::sum);
						refunds += refund;
					}
				}
				expected.merge(pool.holder(), -refunds, Double::sum);
				double budget = pool.budget().isPresent() ? prepared.planValue("arrangements[0].budget", t) : refunds;
				double back = pool.surplus() == SurplusTo.CONTRIBUTORS ? budget - refunds : 0;
				double sum = 0;
				for (int j = 0; j < pool.contributors().size(); j++) {
					sum += prepared.planValue("arrangements[0].contributors[" + j + "].share", t);
				}
				for (int j = 0; j < pool.contributors().size(); j++) {
					double share = prepared.planValue("arrangements[0].contributors[" + j + "].share", t) / sum;
					expected.merge(pool.contributors().get(j).party(), -budget * share + back * share, Double::sum);
				}
				expected.merge(pool.holder(), budget - back, Double::sum);
			}
			for (Party party : c.parties()) {
				Close.assertClose("pool to " + party.id() + " in year " + t,
						result.arrangements().get(0).transfers().get(party.id()).get(t),
						expected.getOrDefault(party.id(), 0.0));
			}
		}
	}

	@Provide
	Arbitrary<Case> funds() {
		return Arbitraries.randomValue(r -> {
			RandomCases.Edit e = RandomCases.edit(RandomCases.generateV2(r, 0));
			Arrangement.RevolvingFund fund = (Arrangement.RevolvingFund) RandomCases.arrangement(r, "x", e, 4);
			e.parties.add(new Party("fund", "Fonds", PartyType.OTHER, false, List.of(), ""));
			e.arrangements.add(new Arrangement.RevolvingFund("x", "", fund.fromYear(), fund.toYear(), "fund",
					fund.financed(), fund.beneficiaries(), fund.capAtSavings()));
			return e.done();
		});
	}

	/**
	 * REVOLVING_FUND: the fund holder pays the financed costs C(t); each beneficiary refunds C(t) × g_b / Σ g with
	 * g_b = max(0, net_b(t) before arrangements), at most g_b when capAtSavings. The holder here takes part in
	 * nothing else, so it receives exactly −C(t) + the refunds.
	 */
	@Property(tries = 300)
	void aRevolvingFundIsRefundedOutOfTheBeneficiariesGains(@ForAll("funds") Case c) {
		CalculationResult result = Calculator.calculate(c);
		PreparedCase prepared = PreparedCase.of(c);
		Arrangement.RevolvingFund fund = (Arrangement.RevolvingFund) c.arrangements().get(0);
		for (int t = 0; t < c.horizonYears(); t++) {
			double expected = 0;
			if (fund.activeIn(t)) {
				double costs = 0;
				for (String id : fund.financed()) {
					costs += itemValue(c, prepared, id, t);
				}
				double sum = 0;
				double[] gains = new double[fund.beneficiaries().size()];
				for (int b = 0; b < gains.length; b++) {
					String id = fund.beneficiaries().get(b);
					Flows flows = result.parties().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow()
							.years().get(t).flows();
					gains[b] = Math.max(0, flows.net() - flows.arrangementTransfers());
					sum += gains[b];
				}
				expected = -costs;
				for (double gain : gains) {
					if (sum > 0) {
						double refund = costs * gain / sum;
						expected += fund.capAtSavings() ? Math.min(refund, gain) : refund;
					}
				}
			}
			Close.assertClose("fund holder in year " + t,
					result.arrangements().get(0).transfers().get("fund").get(t), expected);
		}
	}

	/** An item's value in year t before it is divided (section 3), 0 when its category is not counted. */
	private static double itemValue(Case c, PreparedCase prepared, String id, int t) {
		int i = 0;
		while (!c.items().get(i).id().equals(id)) {
			i++;
		}
		Item item = c.items().get(i);
		if (!c.includedCategories().contains(item.category()) || !item.occursIn(t)) {
			return 0;
		}
		double m = 1;
		if (item.basis() != Basis.TOTAL) {
			int g = groupIndex(c, item.group().orElseThrow());
			m = participants(prepared, g, t);
			if (item.basis() == Basis.PER_SUCCESS) {
				m *= prepared.planValue("targetGroups[" + g + "].successRate", t);
			}
		}
		double value = prepared.planValue("items[" + i + "].amount", t) * m;
		return item.followsEffect() ? value * c.implementation().effect(t) : value;
	}

	private static boolean holds(Case c, PreparedCase prepared, Condition condition, int t) {
		if (condition instanceof Condition.ParameterAtLeast pa) {
			return prepared.planValue("parameters[" + parameterIndex(c, pa.parameter()) + "].value", t) >= prepared
					.planValue("arrangements[0].condition.atLeast", t);
		}
		Condition.SuccessRateAtLeast sr = (Condition.SuccessRateAtLeast) condition;
		return prepared.planValue("targetGroups[" + groupIndex(c, sr.group()) + "].successRate", t) >= prepared
				.planValue("arrangements[0].condition.successRateAtLeast", t);
	}

	/** p(t) of SHARED_SAVINGS, FIXED_PAYMENT or OUTCOME_PAYMENT in an active year. */
	private static double payment(Case c, PreparedCase prepared, Arrangement a, int t) {
		if (a instanceof Arrangement.SharedSavings s) {
			double baseline = 0;
			double savings = 0;
			for (String id : s.scope()) {
				int index = indexOf(c, id);
				double part = part(c, prepared, index, s.payer());
				baseline += part * baseline(c, prepared, index, t);
				savings -= part * dE(c, prepared, index, t);
			}
			double minimum = term(prepared, "minimumSavingsRate", t) * baseline;
			double p = 0;
			if (savings > 0 && savings >= minimum) {
				p = term(prepared, "sharingRate", t) * savings;
			} else if (s.twoSided() && savings < 0 && -savings >= minimum) {
				p = -term(prepared, "lossSharingRate", t) * -savings;
			}
			if (s.cap().isPresent()) {
				double cap = term(prepared, "cap", t) * baseline;
				p = Math.max(-cap, Math.min(cap, p));
			}
			return p;
		}
		if (a instanceof Arrangement.FixedPayment f) {
			double feeForService = 0;
			for (String id : f.scope()) {
				int index = indexOf(c, id);
				feeForService += part(c, prepared, index, f.payer())
						* (baseline(c, prepared, index, t) + dE(c, prepared, index, t));
			}
			return term(prepared, "price", t) * count(c, prepared, f.per(), f.group().orElse(null), t) - feeForService;
		}
		Arrangement.OutcomePayment o = (Arrangement.OutcomePayment) a;
		if (o.condition().isPresent()) {
			Condition condition = o.condition().get();
			double value;
			double threshold;
			if (condition instanceof Condition.ParameterAtLeast pa) {
				value = prepared.planValue("parameters[" + parameterIndex(c, pa.parameter()) + "].value", t);
				threshold = prepared.planValue("arrangements[0].condition.atLeast", t);
			} else {
				Condition.SuccessRateAtLeast sr = (Condition.SuccessRateAtLeast) condition;
				value = prepared.planValue("targetGroups[" + groupIndex(c, sr.group()) + "].successRate", t);
				threshold = prepared.planValue("arrangements[0].condition.successRateAtLeast", t);
			}
			if (value < threshold) {
				return 0;
			}
		}
		return term(prepared, "amount", t) * count(c, prepared, o.per(), o.group().orElse(null), t);
	}

	private static double term(PreparedCase prepared, String name, int t) {
		return prepared.planValue("arrangements[0]." + name, t);
	}

	/** PARTICIPANT P(t), SUCCESS S(t) × f(t), YEAR 1; the only group when none is named (6.5, 6.10). */
	private static double count(Case c, PreparedCase prepared, Count per, String group, int t) {
		if (per == Count.YEAR) {
			return 1;
		}
		int g = group == null ? 0 : groupIndex(c, group);
		double participants = participants(prepared, g, t);
		return per == Count.PARTICIPANT ? participants
				: participants * prepared.planValue("targetGroups[" + g + "].successRate", t)
						* c.implementation().effect(t);
	}

	private static double participants(PreparedCase prepared, int g, int t) {
		return prepared.planValue("targetGroups[" + g + "].population", t)
				* prepared.planValue("targetGroups[" + g + "].reachRate", t);
	}

	private static double m(Case c, PreparedCase prepared, Activity a, int t) {
		if (a.basis() == Basis.TOTAL) {
			return 1;
		}
		int g = groupIndex(c, a.group().orElseThrow());
		double participants = participants(prepared, g, t);
		return a.basis() == Basis.PER_PARTICIPANT ? participants
				: participants * prepared.planValue("targetGroups[" + g + "].successRate", t);
	}

	/** m(t) × c.volume(t) × c.tariff(t): no f(t) (6.10). */
	private static double baseline(Case c, PreparedCase prepared, int a, int t) {
		String at = "activities[" + a + "].";
		return m(c, prepared, c.activities().get(a), t) * prepared.planValue(at + "current.volume", t)
				* prepared.planValue(at + "current.tariff", t);
	}

	/** dE(t) = m(t) × f(t) × (u.volume × u.tariff − c.volume × c.tariff). */
	private static double dE(Case c, PreparedCase prepared, int a, int t) {
		String at = "activities[" + a + "].";
		return m(c, prepared, c.activities().get(a), t) * c.implementation().effect(t)
				* (prepared.planValue(at + "future.volume", t) * prepared.planValue(at + "future.tariff", t)
						- prepared.planValue(at + "current.volume", t) * prepared.planValue(at + "current.tariff", t));
	}

	/** The payer's part of an activity: its financier share, normalised, year 0 of the plan (6.2, 6.3). */
	private static double part(Case c, PreparedCase prepared, int a, String payer) {
		List<PartyShare> financiers = c.activities().get(a).financiers();
		double sum = 0;
		double mine = 0;
		for (int f = 0; f < financiers.size(); f++) {
			double share = prepared.planValue("activities[" + a + "].financier[" + f + "].share", 0);
			sum += share;
			if (financiers.get(f).party().equals(payer)) {
				mine = share;
			}
		}
		return mine / sum;
	}

	private static int indexOf(Case c, String activity) {
		for (int a = 0; a < c.activities().size(); a++) {
			if (c.activities().get(a).id().equals(activity)) {
				return a;
			}
		}
		throw new IllegalArgumentException(activity);
	}

	private static int groupIndex(Case c, String group) {
		for (int g = 0; g < c.targetGroups().size(); g++) {
			if (c.targetGroups().get(g).id().equals(group)) {
				return g;
			}
		}
		throw new IllegalArgumentException(group);
	}

	private static int parameterIndex(Case c, String parameter) {
		for (int p = 0; p < c.parameters().size(); p++) {
			if (c.parameters().get(p).id().equals(parameter)) {
				return p;
			}
		}
		throw new IllegalArgumentException(parameter);
	}

}
