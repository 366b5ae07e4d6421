package nl.ontschot.engine.calculation;

import static nl.ontschot.engine.calculation.RandomCases.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.AllocationKey;
import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Category;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.ItemType;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.Nature;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.PartyShare;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.PartyType;
import nl.ontschot.engine.model.Recurrence;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.model.SettlementTerms;
import nl.ontschot.engine.model.Situation;
import nl.ontschot.engine.model.ValueBasis;
import nl.ontschot.engine.model.Uncertainty;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.Payment;

/** Properties of the calculation and the settlement that hold for every valid case. */
class CalculationProperties {

	private static final double CENT = 0.01;

	@Provide
	Arbitrary<Case> cases() {
		return Arbitraries.randomValue(RandomCases::generate);
	}

	@Property
	void moneyBetweenPartiesCancelsInTheTotal(@ForAll("cases") Case c) {
		CalculationResult result = Calculator.calculate(c);
		double noFinancierRevenue = 0;
		for (PartyResult p : result.parties()) {
			noFinancierRevenue += p.total().revenueChange();
		}
		noFinancierRevenue -= result.total().expenseChange();

		// Everything a financier pays a provider inside the case is one party's expense and the other's
		// revenue: the case total is items, care cost and revenue from payers outside the case only.
		assertThat(result.total().net()).isCloseTo(result.total().itemBenefits() - result.total().itemCosts()
				- result.total().operatingCostChange() + noFinancierRevenue, within(CENT));
	}

	@Property
	void theSharesPerFinancingDomainAddUpToEachPartysNet(@ForAll("cases") Case c) {
		CalculationResult result = Calculator.calculate(c);
		for (PartyResult p : result.parties()) {
			double nominal = result.byDomain().stream().filter(d -> d.party().equals(p.id()))
					.mapToDouble(d -> d.nominal()).sum();
			double present = result.byDomain().stream().filter(d -> d.party().equals(p.id()))
					.mapToDouble(d -> d.presentValue()).sum();

			assertThat(nominal).isCloseTo(p.total().net(), within(CENT));
			assertThat(present).isCloseTo(p.pv().net(), within(CENT));
		}
	}

	@Property
	void tariffsPaidInsideTheCaseDoNotChangeTheTotal(@ForAll("cases") Case c) {
		List<Activity> scaled = c.activities().stream().map(a -> a.financiers().isEmpty() ? a
				: new Activity(a.id(), a.name(), a.domain(), a.unit(), a.provider(), a.financiers(), a.basis(),
						a.group(), tariffTimes(a.current(), 3), tariffTimes(a.future(), 0.5), a.capacityRelease(),
						a.requires()))
				.toList();
		Case other = with(c, c.parties(), scaled, c.items(), c.allocationKeys(), c.settlement());

		assertThat(Calculator.calculate(other).total().net()).isCloseTo(Calculator.calculate(c).total().net(),
				within(CENT));
	}

	private static Situation tariffTimes(Situation s, double factor) {
		return new Situation(s.volume(), RandomCases.q(value(s.tariff()) * factor), s.unitCost(), s.hoursPerUnit());
	}

	private static double value(Quantity q) {
		return ((Quantity.Fixed) q).value();
	}

	/** The case with other parties, lines and settlement terms. */
	static Case with(Case c, List<Party> parties, List<Activity> activities, List<Item> items,
			List<AllocationKey> keys, SettlementTerms terms) {
		return new Case(c.schemaVersion(), c.name(), c.description(), c.startYear(), c.horizonYears(),
				c.discountRate(), c.hoursPerFte(), c.implementation(), c.parameters(), c.targetGroups(),
				c.includedCategories(), parties, activities, items, keys, terms, c.arrangements(), c.scenarios(),
				c.actuals(), Uncertainty.NONE);
	}

	@Property
	void everySettlementSumsToZeroAndKeepsTheTotal(@ForAll("cases") Case c) {
		for (SettlementMethod method : SettlementMethod.values()) {
			CalculationResult result = Calculator.calculate(c.withSettlement(c.settlement().withMethod(method)));
			double transfers = result.settlement().transfers().values().stream().mapToDouble(Double::doubleValue)
					.sum();
			double before = 0;
			double after = 0;
			for (PartyResult p : result.parties()) {
				before += p.netAfterSettlement() - p.settlement();
				after += p.netAfterSettlement();
			}
			assertThat(transfers).as(method.name()).isCloseTo(0, within(CENT));
			assertThat(after).as(method.name()).isCloseTo(before, within(CENT));
			for (int t = 0; t < c.horizonYears(); t++) {
				final int year = t;
				assertThat(result.parties().stream().mapToDouble(p -> p.years().get(year).settlement()).sum())
						.isCloseTo(0, within(CENT));
			}
		}
	}

	@Property
	void breakEvenLeavesNoPartyBelowZeroWhenTheTotalIsPositive(@ForAll("cases") Case c) {
		SettlementTerms terms = new SettlementTerms(SettlementMethod.BREAK_EVEN, Optional.empty(),
				c.settlement().basis(), false, c.settlement().includeCapacity());
		CalculationResult result = Calculator.calculate(c.withSettlement(terms));
		double total = 0;
		double[] finalValue = new double[result.parties().size()];
		for (int i = 0; i < finalValue.length; i++) {
			PartyResult p = result.parties().get(i);
			double x = basisValue(c, p, terms);
			finalValue[i] = x + p.settlement();
			total += x;
		}
		if (total >= 0) {
			for (double y : finalValue) {
				assertThat(y).isGreaterThanOrEqualTo(-CENT);
			}
		}
	}

	/** x_i recomputed from the per-year results: net (and capacity) weighted by the settlement's basis. */
	private static double basisValue(Case c, PartyResult p, SettlementTerms terms) {
		double x = 0;
		for (int t = 0; t < c.horizonYears(); t++) {
			double w = terms.basis() == ValueBasis.PV ? Math.pow(1 + value(c.discountRate()), -t) : 1;
			x += w * (p.years().get(t).flows().net()
					+ (terms.includeCapacity() ? p.years().get(t).flows().capacity() : 0));
		}
		return x;
	}

	@Property
	void paymentsRealiseTheTransfersToTheCent(@ForAll("cases") Case c) {
		CalculationResult result = Calculator.calculate(c);
		Map<String, Double> transfers = result.settlement().transfers();
		Map<String, Long> received = new HashMap<>();
		for (Payment payment : result.settlement().payments()) {
			assertThat(payment.cents()).isPositive();
			assertThat(payment.from()).isNotEqualTo(payment.to());
			received.merge(payment.to(), payment.cents(), Long::sum);
			received.merge(payment.from(), -payment.cents(), Long::sum);
		}
		assertThat(result.settlement().payments().size()).isLessThan(Math.max(1, transfers.size()));
		String largest = transfers.entrySet().stream()
				.max((a, b) -> Double.compare(Math.abs(a.getValue()), Math.abs(b.getValue()))).map(Map.Entry::getKey)
				.orElseThrow();
		for (Map.Entry<String, Double> transfer : transfers.entrySet()) {
			long cents = received.getOrDefault(transfer.getKey(), 0L);
			if (transfer.getKey().equals(largest)) {
				// the rounding remainder: at most half a cent per party
				assertThat((double) cents).isCloseTo(transfer.getValue() * 100, within(transfers.size() / 2.0 + 1));
			} else {
				assertThat(cents).isEqualTo(Math.round(transfer.getValue() * 100));
			}
		}
	}

	@Provide
	Arbitrary<Case> casesWithTwinsAndABystander() {
		return Arbitraries.randomValue(r -> {
			Case base = RandomCases.generate(r);
			List<Party> parties = new ArrayList<>(base.parties());
			parties.add(new Party("twin-a", "Tweeling A", PartyType.CARE_PROVIDER, false, List.of(), ""));
			parties.add(new Party("twin-b", "Tweeling B", PartyType.HEALTH_INSURER, false, List.of(), ""));
			parties.add(new Party("bystander", "Toeschouwer", PartyType.OTHER, false, List.of(), ""));
			List<Activity> activities = new ArrayList<>(base.activities());
			activities.add(new Activity("twin-care", "Zorg", Optional.empty(), "uur", "twin-a",
					List.of(new PartyShare("twin-b", q(1))), Basis.TOTAL, Optional.empty(),
					new Situation(q(10), q(80), q(70), q(1)), new Situation(q(r.nextInt(20)), q(80), q(60), q(1)),
					q(r.nextDouble()), List.of()));
			List<Item> items = new ArrayList<>(base.items());
			items.add(new Item("twin-cost", "Kosten", ItemType.COST, Nature.CASH, Category.OTHER,
					Recurrence.STRUCTURAL, 0, 0, base.horizonYears() - 1, Optional.of(q(r.nextInt(50_000))),
					Optional.empty(), Optional.empty(), Basis.TOTAL,
					Optional.empty(), false, Optional.of("twin-a"), Optional.empty(), Optional.empty(),
					List.of("twin-b")));
			List<AllocationKey> keys = new ArrayList<>(base.allocationKeys());
			keys.add(new AllocationKey("twins", "", KeyMethod.EQUAL, List.of("twin-a", "twin-b"), Map.of(), ""));
			items.add(new Item("twin-benefit", "Baten", ItemType.BENEFIT, Nature.CASH, Category.OTHER,
					Recurrence.INCIDENTAL, 0, 0, 0, Optional.of(q(r.nextInt(90_000))), Optional.empty(),
					Optional.empty(), Basis.TOTAL, Optional.empty(), true,
					Optional.of("twin-b"), Optional.of("twins"), Optional.empty(), List.of()));
			SettlementTerms terms = new SettlementTerms(SettlementMethod.SHAPLEY, Optional.empty(),
					base.settlement().basis(), base.settlement().perYear(), base.settlement().includeCapacity());
			return with(base, parties, activities, items, keys, terms);
		});
	}

	@Property
	void shapleyTreatsSymmetricPartiesAlikeAndGivesABystanderNothing(
			@ForAll("casesWithTwinsAndABystander") Case c) {
		CalculationResult result = Calculator.calculate(c);
		Map<String, Double> finalValue = new HashMap<>();
		for (PartyResult p : result.parties()) {
			finalValue.put(p.id(), basisValue(c, p, c.settlement()) + p.settlement());
		}

		assertThat(finalValue.get("bystander")).isCloseTo(0, within(CENT));
		assertThat(finalValue.get("twin-a")).isCloseTo(finalValue.get("twin-b"), within(CENT));
	}
}
